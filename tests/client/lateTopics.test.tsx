import { participantDots } from '@percolate/shared';
import { createEvent, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiscussPanel } from '../../client/src/features/discuss/DiscussPanel.js';
import { VotePanel } from '../../client/src/features/vote/VotePanel.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const toDiscuss = () => screen.getByRole('region', { name: /^To discuss/ });
const rowTitles = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.board-card-title, .ranked-title')?.textContent);

const proposeLate = async (user: ReturnType<typeof renderWithMeeting>['user'], title: string) => {
  await user.click(screen.getByText('Propose another topic'));
  await user.type(screen.getByLabelText('Topic'), title);
  await user.click(screen.getByRole('button', { name: 'Add topic' }));
};

describe('topics that come late', () => {
  it('are voted on at once when proposed during the vote', async () => {
    const { m } = meeting({ participants: 1, phase: 'vote', topics: ['Budget'] });
    const { user } = renderWithMeeting(<VotePanel />, m, { as: 'p1' });
    expect(screen.getByText('It can be voted on at once.')).toBeInTheDocument();
    await proposeLate(user, 'Hybrid meetings');
    await expect
      .poll(() => Object.values(m.state.topics).map((topic) => topic.title))
      .toContain('Hybrid meetings');
    await user.click(await screen.findByRole('button', { name: 'Add a dot to ‘Hybrid meetings’' }));
    await expect
      .poll(() => Object.values(participantDots(m.state.dots, m.id('p1')) ?? {}))
      .toEqual([1]);
  });

  it('are queued last and marked late when proposed during the discussion', async () => {
    const { m } = meeting({ participants: 2, phase: 'discuss', topics: ['Budget', 'Hiring'] });
    const { user } = renderWithMeeting(<DiscussPanel />, m, { as: 'p2' });
    expect(
      screen.getByText('Voting has closed: it is queued last, marked as late.'),
    ).toBeInTheDocument();
    await proposeLate(user, 'Tool zoo');
    await expect.poll(() => rowTitles(toDiscuss())).toEqual(['Budget', 'Hiring', 'Tool zoo']);
    const late = within(toDiscuss()).getAllByRole('listitem')[2] as HTMLElement;
    expect(within(late).getByText('late')).toBeInTheDocument();
  });
});

describe('the facilitator steering the discussion', () => {
  it('reopens a discussed topic, which comes first again', async () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A', 'B'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    m.ok('facilitator', { type: 'discussion:close' });
    const { user } = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });
    await user.click(screen.getByRole('button', { name: 'Reopen ‘A’' }));
    await expect.poll(() => rowTitles(toDiscuss())).toEqual(['A', 'B']);
  });

  it('reorders the queue by dragging a topic onto another, or with the ↑/↓ buttons', async () => {
    const { m } = meeting({ participants: 1, phase: 'discuss', topics: ['A', 'B', 'C'] });
    const { user } = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });
    const rows = within(toDiscuss()).getAllByRole('listitem');
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      getData: (type: string) => data.get(type) ?? '',
      get types() {
        return [...data.keys()];
      },
      effectAllowed: 'all',
    };
    const [a, , c] = rows as [HTMLElement, HTMLElement, HTMLElement];
    fireEvent(a, Object.assign(createEvent.dragStart(a), { dataTransfer }));
    fireEvent(c, Object.assign(createEvent.dragOver(c), { dataTransfer }));
    fireEvent(c, Object.assign(createEvent.drop(c), { dataTransfer }));
    await expect.poll(() => rowTitles(toDiscuss())).toEqual(['B', 'C', 'A']);

    await user.click(screen.getByRole('button', { name: 'Move ‘A’ up' }));
    await expect.poll(() => rowTitles(toDiscuss())).toEqual(['B', 'A', 'C']);
  });

  it('asks before a note is deleted', async () => {
    const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['A'] });
    const topicId = topicIds[0] as string;
    m.ok('facilitator', { type: 'discussion:start', topicId });
    m.ok('facilitator', { type: 'item:add', topicId, kind: 'note', text: 'Ask the staff council' });
    const { user } = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(Object.keys(m.state.items)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Really delete?' }));
    await expect.poll(() => Object.keys(m.state.items)).toHaveLength(0);
  });
});
