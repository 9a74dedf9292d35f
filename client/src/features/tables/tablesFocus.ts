/** Where focus goes after a table action removed the control that was pressed (`ui/focus.ts`). */

/** The tables as they are now: the overview for moderators, one's own table for the others. */
export const TABLES_FOCUS = 'tables';
/** The host's controls at their table (its discussion first). */
export const TABLE_CONTROLS_FOCUS = 'table-controls';
/** Everyone back in the plenary: the harvest. */
export const HARVEST_FOCUS = 'harvest';
