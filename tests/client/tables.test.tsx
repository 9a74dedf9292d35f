import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '@percolate/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { PhasePanel } from '../../client/src/app/meeting/PhasePanel.js';
import { DiscussPanel } from '../../client/src/features/discuss/DiscussPanel.js';
import { DiscussionControls } from '../../client/src/features/facilitator/DiscussionControls.js';
import { BoardTables } from '../../client/src/features/tables/BoardTables.js';
import { TableDiscussion } from '../../client/src/features/tables/TableDiscussion.js';
import { TablesSection } from '../../client/src/features/tables/TablesSection.js';
import { meeting, type TestMeeting } from '../helpers/builders.js';
import { violations } from './support/axe.js';
import { renderWithMeeting } from './support/render.js';

// Vitest runs from the repository's root.
const css = readFileSync(join(process.cwd(), 'client/src/features/tables/tables.css'), 'utf8');

/** The tables part of the meeting screen, composed as the app shell composes it. */
const TablesScreen = () => (
  <>
    <TablesSection />
    <TableDiscussion controls={<DiscussionControls />}>
      <DiscussPanel />
    </TableDiscussion>
  </>
);

const tableIds = (m: TestMeeting): string[] => m.state.tables?.order ?? [];
const tableId = (m: TestMeeting, index: number): string => tableIds(m)[index] as string;
const lastSent = (sent: Command[]) => {
  const { id: _id, ...rest } = sent.at(-1) as Command;
  return rest;
};

/**
 * Four people in the discussion, split into two tables with one shared list (dealt out in join
 * order: p1 and p3 at table 1, p2 and p4 at table 2); p1 hosts table 1, p2 hosts table 2 and
 * discusses 'Onboarding' there.
 */
const sharedTables = () => {
  const { m, topicIds } = meeting({
    participants: 4,
    phase: 'discuss',
    topics: ['Budget', 'Onboarding', 'Hiring'],
  });
  m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'shared', assignment: 'balanced' });
  const [one, two] = [tableId(m, 0), tableId(m, 1)];
  m.ok('facilitator', { type: 'tables:host', tableId: one, participantId: m.id('p1') });
  m.ok('facilitator', { type: 'tables:host', tableId: two, participantId: m.id('p2') });
  m.ok('p1', { type: 'tables:where', tableId: one, text: 'https://meet.example.org/table-1' });
  const onboarding = topicIds[1] as string;
  m.ok('p2', { type: 'tables:pull', tableId: two, topicId: onboarding });
  m.ok('p2', { type: 'discussion:start', tableId: two, topicId: onboarding });
  return { m, topicIds, one, two };
};

describe('splitting into tables', () => {
  it('is suggested above ten people online, and the dialog sends the split as chosen', async () => {
    const { m } = meeting({ participants: 11, phase: 'checkin' });
    const { user, server } = renderWithMeeting(<TablesSection />, m, { as: 'facilitator' });
    expect(screen.getByText(/12 people are online/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Split into tables' }));
    const dialog = screen.getByRole('dialog', { name: 'Split into tables' });
    const count = within(dialog).getByLabelText('Number of tables');
    expect(count).toHaveValue(2);
    await user.clear(count);
    await user.type(count, '3');
    await user.click(within(dialog).getByRole('radio', { name: /One shared list/ }));
    await user.click(within(dialog).getByRole('radio', { name: 'People choose their table' }));
    await user.type(within(dialog).getByLabelText('Most people at one table'), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Split' }));

    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:split',
        count: 3,
        mode: 'shared',
        assignment: 'choose',
        sizeLimit: 5,
      }),
    );
    expect(await screen.findByRole('heading', { name: 'All tables' })).toBeInTheDocument();
  });

  it('suggests tables of about six, up to 25 for 200 people, and sends 25', async () => {
    const { m } = meeting({ participants: 40, phase: 'checkin' });
    const { user, unmount } = renderWithMeeting(<TablesSection />, m, { as: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Split into tables' }));
    expect(screen.getByLabelText('Number of tables')).toHaveValue(7);
    unmount();

    const big = meeting({ participants: 199, phase: 'checkin' }).m;
    const { user: lead, server } = renderWithMeeting(<TablesSection />, big, { as: 'facilitator' });
    expect(screen.getByText(/200 people are online/)).toBeInTheDocument();
    await lead.click(screen.getByRole('button', { name: 'Split into tables' }));
    const count = screen.getByLabelText('Number of tables');
    expect(count).toHaveValue(25);
    expect(count).toHaveAttribute('max', '25');
    await lead.click(screen.getByRole('button', { name: 'Split' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toMatchObject({ type: 'tables:split', count: 25 }),
    );
  });

  it('is not offered to participants', () => {
    const { m } = meeting({ participants: 11, phase: 'lobby' });
    renderWithMeeting(<TablesSection />, m, { as: 'p1' });
    expect(screen.queryByRole('button', { name: 'Split into tables' })).not.toBeInTheDocument();
  });
});

describe('a participant at a table', () => {
  it('sees their table, its host and where it talks, and a glance at the other tables', () => {
    const { m } = sharedTables();
    renderWithMeeting(<TablesScreen />, m, { as: 'p3' });

    const mine = screen.getByRole('region', { name: 'Your table: Table 1' });
    expect(mine).toHaveTextContent('Host: Person 1');
    expect(
      within(mine).getByRole('link', { name: 'https://meet.example.org/table-1' }),
    ).toHaveAttribute('href', 'https://meet.example.org/table-1');
    expect(mine).toHaveTextContent('At this table: Person 1 and Person 3');

    const others = screen.getByRole('region', { name: 'The other tables' });
    expect(within(others).getByRole('listitem')).toHaveTextContent(
      /Table 2\s*Onboarding\s*8:00 left/,
    );
    // Table 1 discusses nothing yet; nobody but its host starts a topic there.
    expect(screen.getByText('No topic is being discussed right now.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start/ })).not.toBeInTheDocument();
  });

  it('votes on going on at their table, the thumb naming the table', async () => {
    const { m, two } = sharedTables();
    m.ok('p2', { type: 'timer:stop', tableId: two });
    const { user, server } = renderWithMeeting(<TablesScreen />, m, { as: 'p4' });
    await user.click(screen.getByRole('button', { name: /^More time/ }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({ type: 'continue:vote', choice: 'up', tableId: two }),
    );
    expect(await screen.findByText(/1 vote\./)).toBeInTheDocument();
  });

  it('volunteers to host a table without a host', async () => {
    const { m } = meeting({ participants: 4, phase: 'propose' });
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'balanced' });
    const { user, server } = renderWithMeeting(<TablesSection />, m, { as: 'p2' });
    await user.click(screen.getByRole('button', { name: 'I will host this table' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:host',
        tableId: tableId(m, 1),
        participantId: m.id('p2'),
      }),
    );
    expect(await screen.findByText('You host this table.')).toBeInTheDocument();
  });
});

describe('a table’s host', () => {
  it('pulls from the shared list (taken topics show as taken) and runs the table’s discussion', async () => {
    const { m, topicIds, one } = sharedTables();
    const [budget] = topicIds as [string];
    const { user, server } = renderWithMeeting(<TablesScreen />, m, { as: 'p1' });

    const shared = screen.getByRole('region', { name: 'The shared list' });
    expect(within(shared).getByText('Taken by Table 2')).toBeInTheDocument();
    await user.click(within(shared).getByRole('button', { name: 'Take ‘Budget’ to our table' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({ type: 'tables:pull', tableId: one, topicId: budget }),
    );

    await user.click(await screen.findByRole('button', { name: 'Start discussing ‘Budget’' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'discussion:start',
        tableId: one,
        topicId: budget,
      }),
    );
    expect(
      await screen.findByRole('timer', { name: 'Time left for ‘Budget’' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '+1 min' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({ type: 'timer:extend', minutes: 1, tableId: one }),
    );
    await user.click(screen.getByRole('button', { name: 'Stop timer' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({ type: 'timer:stop', tableId: one }),
    );
    await user.click(await screen.findByRole('button', { name: 'Decide by majority' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({ type: 'continue:resolve', tableId: one }),
    );
    expect(m.state.discussion).toBeNull();
  });
});

describe('naming a table', () => {
  it('lets its host rename it by keyboard; focus goes back to the rename button', async () => {
    const { m, one } = sharedTables();
    const { user, server } = renderWithMeeting(<TablesScreen />, m, { as: 'p1' });
    screen.getByRole('button', { name: 'Rename Table 1' }).focus();
    await user.keyboard('{Enter}');
    const field = screen.getByLabelText('New name for Table 1');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Table 1');
    // The old name is selected: typing replaces it.
    await user.keyboard('  Remote corner {Enter}');
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:rename',
        tableId: one,
        name: 'Remote corner',
      }),
    );
    expect(
      await screen.findByRole('region', { name: 'Your table: Remote corner' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename Remote corner' })).toHaveFocus(),
    );
  });

  it('closes with Escape, sending nothing, and is not offered to the others at the table', async () => {
    const { m } = sharedTables();
    const host = renderWithMeeting(<TablesScreen />, m, { as: 'p1' });
    await host.user.click(screen.getByRole('button', { name: 'Rename Table 1' }));
    const sent = host.server.sent.length;
    await host.user.keyboard('Budget{Escape}');
    expect(screen.queryByLabelText('New name for Table 1')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename Table 1' })).toHaveFocus();
    expect(host.server.sent).toHaveLength(sent);
    host.unmount();

    renderWithMeeting(<TablesScreen />, m, { as: 'p3' });
    expect(screen.queryByRole('button', { name: /^Rename/ })).not.toBeInTheDocument();
  });

  it('shows the new name at the other tables, on the shared list and in the lead’s overview', async () => {
    const { m, two } = sharedTables();
    const { server } = renderWithMeeting(<TablesScreen />, m, { as: 'p1' });
    server.act('p2', { type: 'tables:rename', tableId: two, name: 'Culture corner' });
    const others = screen.getByRole('region', { name: 'The other tables' });
    await waitFor(() => expect(others).toHaveTextContent(/^The other tables\s*Culture corner/));
    expect(screen.getByText('Taken by Culture corner')).toBeInTheDocument();

    const lead = meeting({ participants: 2, phase: 'propose' }).m;
    lead.ok('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'choose' });
    lead.ok('facilitator', {
      type: 'tables:rename',
      tableId: tableId(lead, 1),
      name: 'Culture corner',
    });
    renderWithMeeting(<TablesSection />, lead, { as: 'facilitator' });
    const overview = screen.getByRole('region', { name: 'All tables' });
    const cards = within(overview).getAllByRole('listitem', { name: /people$/ });
    expect(cards.map((card) => card.querySelector('h4')?.textContent)).toEqual([
      'Table 1 0 people',
      'Culture corner 0 people',
    ]);
    expect(within(overview).getByRole('button', { name: 'Rename Culture corner' })).toBeVisible();
  });
});

describe('what a table discussed', () => {
  it('is listed at that table only', () => {
    const { m, two } = sharedTables();
    m.ok('p2', { type: 'timer:stop', tableId: two });
    m.ok('p2', { type: 'continue:resolve', tableId: two });
    const discussedAt = (as: string) => {
      const view = renderWithMeeting(<TablesScreen />, m, { as });
      const done = screen.getByRole('region', { name: /^Discussed/ });
      const titles = within(done)
        .queryAllByRole('listitem')
        .map((item) => item.querySelector('summary')?.textContent);
      view.unmount();
      return titles;
    };
    expect(discussedAt('p2')).toEqual(['Onboarding']);
    expect(discussedAt('p1')).toEqual([]);
  });
});

describe('tables with their own topics', () => {
  it('show each person their own table’s topics to propose and to dot', () => {
    const { m } = meeting({ participants: 4, phase: 'propose' });
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'balanced' });
    m.propose('p1', 'Budget');
    m.propose('p2', 'Hiring');
    const listed = (as: string) => {
      const view = renderWithMeeting(<PhasePanel phase={m.state.phase} />, m, { as });
      const titles = ['Budget', 'Hiring'].filter((title) => screen.queryByText(title) !== null);
      view.unmount();
      return titles;
    };
    expect([listed('p1'), listed('p3'), listed('p2')]).toEqual([
      ['Budget'],
      ['Budget'],
      ['Hiring'],
    ]);

    m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    expect([listed('p1'), listed('p4')]).toEqual([['Budget'], ['Hiring']]);
  });

  it('let a host close their table’s vote early: the table sees its order, the others vote on', async () => {
    const { m } = meeting({ participants: 4, phase: 'propose' });
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'balanced' });
    const one = tableId(m, 0);
    m.ok('facilitator', { type: 'tables:host', tableId: one, participantId: m.id('p1') });
    m.propose('p1', 'Budget');
    m.propose('p3', 'Onboarding');
    m.propose('p2', 'Hiring');
    m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
    m.ok('p3', { type: 'vote:cast', topicId: m.state.tables?.tables[one]?.queue[1] as string });

    const atTwo = renderWithMeeting(<PhasePanel phase={m.state.phase} />, m, { as: 'p2' });
    expect(screen.queryByRole('button', { name: 'Close our table’s vote' })).toBeNull();
    atTwo.unmount();
    const host = renderWithMeeting(<PhasePanel phase={m.state.phase} />, m, { as: 'p1' });
    await host.user.click(screen.getByRole('button', { name: 'Close our table’s vote' }));
    await waitFor(() =>
      expect(lastSent(host.server.sent)).toEqual({ type: 'vote:close', tableId: one }),
    );
    expect(
      await screen.findByText('Voting is closed. This is the order of discussion.'),
    ).toBeInTheDocument();
    const ranked = screen.getAllByRole('listitem').map((row) => row.textContent);
    expect(ranked).toEqual([
      expect.stringMatching(/^1Onboarding.*1 dot/),
      expect.stringMatching(/^2Budget.*0 dots/),
    ]);
    host.unmount();

    renderWithMeeting(<PhasePanel phase={m.state.phase} />, m, { as: 'p4' });
    expect(screen.queryByText('Voting is closed. This is the order of discussion.')).toBeNull();
    expect(screen.getByText('Hiring')).toBeInTheDocument();
  });
});

describe('choosing a table', () => {
  it('shows the seats left as the server counts them and offers only tables with room', async () => {
    const { m } = meeting({ participants: 3, phase: 'checkin' });
    m.ok('facilitator', {
      type: 'tables:split',
      count: 2,
      mode: 'own',
      assignment: 'choose',
      sizeLimit: 1,
    });
    m.ok('p1', { type: 'tables:seat', tableId: tableId(m, 0), participantId: m.id('p1') });
    const { user, server } = renderWithMeeting(<TablesSection />, m, { as: 'p2' });

    const choose = screen.getByRole('region', { name: 'Pick your table' });
    const [first, second] = within(choose).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('0 seats left');
    expect(within(first).getByRole('button', { name: 'Sit at Table 1' })).toBeDisabled();
    expect(second).toHaveTextContent('1 seat left');

    await user.click(within(second).getByRole('button', { name: 'Sit at Table 2' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:seat',
        participantId: m.id('p2'),
        tableId: tableId(m, 1),
      }),
    );
    expect(await screen.findByRole('region', { name: 'Your table: Table 2' })).toBeInTheDocument();
    expect(screen.getByText('You sit here')).toBeInTheDocument();
  });
});

describe('the lead facilitator', () => {
  it('sees every table, moves people, sets a host and calls time at every table', async () => {
    const { m, two } = sharedTables();
    const { user, server } = renderWithMeeting(<TablesSection />, m, { as: 'facilitator' });
    const overview = screen.getByRole('region', { name: 'All tables' });
    const cards = within(overview).getAllByRole('listitem', { name: /^Table \d/ });
    expect(cards).toHaveLength(2);
    expect(cards[1]).toHaveTextContent(/Host: Person 2.*Onboarding\s*8:00 left/);

    await user.selectOptions(within(overview).getByLabelText('Table of Person 3'), 'Table 2');
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:seat',
        participantId: m.id('p3'),
        tableId: two,
      }),
    );
    await waitFor(() =>
      expect(within(overview).getAllByRole('listitem', { name: /^Table 2/ })[0]).toHaveTextContent(
        '3 people',
      ),
    );

    const hosts = within(overview).getAllByLabelText('Host');
    await user.selectOptions(hosts[1] as HTMLElement, 'Person 4');
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:host',
        tableId: two,
        participantId: m.id('p4'),
      }),
    );

    const where = within(overview).getByLabelText(/^Where Table 2 talks/);
    await user.type(where, 'Breakout 2');
    await user.click(
      within(where.closest('form') as HTMLElement).getByRole('button', { name: 'Save' }),
    );
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:where',
        tableId: two,
        text: 'Breakout 2',
      }),
    );

    const minutes = within(overview).getByLabelText('Minutes left');
    await user.clear(minutes);
    await user.type(minutes, '5');
    await user.click(within(overview).getByRole('button', { name: 'Time call to all tables' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({ type: 'tables:timeCall', minutes: 5 }),
    );
  });

  it('is listed as facilitating, not among the people still waiting for a table', () => {
    const { m } = meeting({ participants: 2, phase: 'propose' });
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'choose' });
    renderWithMeeting(<TablesSection />, m, { as: 'facilitator' });
    const overview = screen.getByRole('region', { name: 'All tables' });
    expect(overview).toHaveTextContent('Facilitating every table: Fran');
    const waiting = within(overview).getByRole('region', { name: 'Not at a table yet' });
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Person 1'), expect.stringContaining('Person 2')]);
    expect(waiting).not.toHaveTextContent('Fran');
  });

  it('sees where a table talks as its host changes it, but keeps what it is typing itself', async () => {
    const { m, one, two } = sharedTables();
    const { user, server } = renderWithMeeting(<TablesSection />, m, { as: 'facilitator' });
    const overview = screen.getByRole('region', { name: 'All tables' });
    const whereOne = within(overview).getByLabelText(/^Where Table 1 talks/);
    const whereTwo = within(overview).getByLabelText(/^Where Table 2 talks/);
    await user.type(whereTwo, 'Room B');

    server.act('p1', { type: 'tables:where', tableId: one, text: 'Breakout 1' });
    server.act('p2', { type: 'tables:where', tableId: two, text: 'Breakout 2' });
    await waitFor(() => expect(whereOne).toHaveValue('Breakout 1'));
    expect(whereTwo).toHaveValue('Room B');
  });
});

describe('a time call', () => {
  it('shows as a banner that screen readers announce at every table', async () => {
    const { m } = sharedTables();
    const { server } = renderWithMeeting(<TablesSection />, m, { as: 'p3' });
    const banner = screen.getByRole('status');
    expect(banner).toHaveAttribute('aria-live');
    expect(banner).toBeEmptyDOMElement();

    server.act('facilitator', { type: 'tables:timeCall', minutes: 10 });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Time call: 10 minutes left at every table.',
      ),
    );
  });
});

describe('the harvest', () => {
  it('lets whoever sat at a table post its takeaways after everyone is back, shown to all', async () => {
    const { m, one } = sharedTables();
    m.ok('facilitator', { type: 'tables:rejoin' });
    const { user, server } = renderWithMeeting(<TablesSection />, m, { as: 'p3' });
    const harvest = screen.getByRole('region', { name: 'Harvest: what each table brings back' });
    expect(within(harvest).getAllByText('No takeaways yet.')).toHaveLength(2);
    // p3 sat at table 1: one field, not table 2's.
    expect(within(harvest).queryByLabelText('Takeaways of Table 2')).not.toBeInTheDocument();

    await user.type(within(harvest).getByLabelText('Takeaways of Table 1'), 'Budget: pilot first');
    await user.click(within(harvest).getByRole('button', { name: 'Save takeaways' }));
    await waitFor(() =>
      expect(lastSent(server.sent)).toEqual({
        type: 'tables:harvest',
        tableId: one,
        text: 'Budget: pilot first',
      }),
    );
    expect(
      await within(harvest).findByText('Budget: pilot first', { selector: 'p' }),
    ).toBeInTheDocument();
  });
  it('takes focus when the lead brings everyone back by keyboard', async () => {
    const { m } = sharedTables();
    const { user } = renderWithMeeting(<TablesSection />, m, { as: 'facilitator' });
    screen.getByRole('button', { name: 'Bring everyone back' }).focus();
    await user.keyboard('{Enter}');
    expect(
      screen.getByRole('button', {
        name: 'End the tables’ discussions and bring everyone back?',
      }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Harvest: what each table brings back' }),
    ).toHaveFocus();
  });
});

describe('the board while tables run', () => {
  it('shows every table’s topic and time left, and the time call', async () => {
    const { m } = sharedTables();
    m.ok('facilitator', { type: 'tables:timeCall', minutes: 3 });
    renderWithMeeting(<BoardTables />, m, { as: 'board' });
    const tables = screen.getByRole('region', { name: 'The tables' });
    const [one, two] = within(tables).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(one).toHaveTextContent(/Table 1\s*No topic yet/);
    expect(two).toHaveTextContent(/Table 2\s*Onboarding\s*8:00 left/);
    expect(screen.getByRole('status')).toHaveTextContent('3 minutes left');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('the tables on a 360 px phone', () => {
  const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({
    selector: (selector ?? '').trim(),
    body: body ?? '',
  }));

  it('wrap every row and let every box shrink, so nothing scrolls sideways', () => {
    for (const { selector, body } of rules) {
      if (/display:\s*flex/.test(body) && !/flex-direction:\s*column/.test(body)) {
        expect(body, selector).toMatch(/flex-wrap:\s*wrap/);
      }
      if (/display:\s*(flex|grid)/.test(body)) expect(body, selector).toMatch(/min-width:\s*0/);
      // No fixed width a phone could not hold.
      expect(body, selector).not.toMatch(/(^|[^-])width:\s*\d{3,}px/);
    }
    expect(css).toMatch(/minmax\(min\(100%,/);
  });

  it('have no axe violations for the facilitator and at a table', async () => {
    const { m } = sharedTables();
    const facilitator = renderWithMeeting(<TablesScreen />, m, { as: 'facilitator' });
    expect(await violations()).toEqual([]);
    facilitator.unmount();
    renderWithMeeting(<TablesScreen />, m, { as: 'p1' });
    expect(await violations()).toEqual([]);
  });
});

describe('the meeting page while tables run', () => {
  it('shows the host their table, its discussion and the table’s controls', async () => {
    const { m } = sharedTables();
    window.history.replaceState(null, '', '/m/m1');
    renderWithMeeting(<App />, m, { as: 'p2', connect: false });
    expect(await screen.findByRole('region', { name: 'Your table: Table 2' })).toHaveTextContent(
      'You host this table.',
    );
    expect(screen.getByRole('timer', { name: 'Time left for ‘Onboarding’' })).toBeInTheDocument();
    const controls = screen.getByRole('region', { name: 'Your table’s controls' });
    expect(within(controls).getByRole('button', { name: 'Stop timer' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Facilitator controls' })).not.toBeInTheDocument();
  });
});

describe('the plenary while the tables discuss', () => {
  it('offers the lead no plenary topic to start until everyone is back', async () => {
    const { m } = sharedTables();
    const { user } = renderWithMeeting(
      <>
        <TablesSection />
        <DiscussionControls />
      </>,
      m,
      { as: 'facilitator' },
    );
    expect(
      screen.getByText('The tables are discussing. Bring everyone back to discuss together.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start next topic' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bring everyone back' }));
    await user.click(
      screen.getByRole('button', { name: 'End the tables’ discussions and bring everyone back?' }),
    );
    expect(await screen.findByRole('button', { name: 'Start next topic' })).toBeInTheDocument();
  });
});

describe("a table's board link", () => {
  it('opens the board of my own table', async () => {
    const { m, one } = sharedTables();
    renderWithMeeting(<TablesScreen />, m, { as: 'p1' });
    const link = await screen.findByRole('link', {
      name: 'Board view of Table 1 for a projector (opens in a new tab)',
    });
    expect(link).toHaveAttribute('href', `/m/${m.state.id}/board/${one}`);
    expect(link).toHaveAttribute('target', '_blank');
  });
});
