import type { PublicTableView } from '@percolate/shared';
import { TopicAtTable } from './TopicAtTable.js';
import { useTableLabel } from './useTableLabel.js';

/** A read-only glance at tables: each one's current topic and time left. */
export const TablesGlance = ({
  tables,
  heading,
}: {
  tables: readonly PublicTableView[];
  heading: string;
}) => {
  const labelOf = useTableLabel();
  if (tables.length === 0) return null;
  return (
    <section className="tables-glance" aria-labelledby="tables-glance-heading">
      <h3 id="tables-glance-heading">{heading}</h3>
      <ul className="table-glance-list">
        {tables.map((table) => (
          <li key={table.id} className="table-glance">
            <span className="table-glance-name">{labelOf(table)}</span>
            <TopicAtTable table={table} />
          </li>
        ))}
      </ul>
    </section>
  );
};
