import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

beforeEach(() => {
  window.history.replaceState(null, '', '/m/m1/board');
});

describe('the board view', () => {
  it('shows the topic under discussion and a large timer, with nothing to click', async () => {
    const { m, topicIds } = meeting({ participants: 2, phase: 'discuss', topics: ['Budget'] });
    m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
    renderWithMeeting(<App />, m, { as: 'projector', connect: false });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'CoP meeting' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Budget' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left for ‘Budget’' })).toHaveTextContent('8:00');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
  });

  it('follows the vote live, with tallies once they may be seen', async () => {
    const { m, topicIds } = meeting({
      participants: 2,
      phase: 'vote',
      topics: ['Budget', 'Hiring'],
    });
    const { server } = renderWithMeeting(<App />, m, { as: 'projector', connect: false });
    await screen.findByRole('heading', { level: 2, name: '2 topics' });

    server.act('p1', { type: 'vote:cast', topicId: topicIds[1] as string });

    expect(await screen.findByText('1 dot')).toBeInTheDocument();
  });
});

describe('the board view in a browser that did not create the meeting', () => {
  it('asks the server for the join code so everyone can read it out', async () => {
    const { m } = meeting({ participants: 2, phase: 'lobby' });
    const lookup = vi.fn(async () =>
      Response.json({ id: 'm1', title: 'CoP meeting', phase: 'lobby', joinCode: 'K7QP3M' }),
    );
    vi.stubGlobal('fetch', lookup);
    try {
      renderWithMeeting(<App />, m, { as: 'projector', connect: false });
      expect(await screen.findByText(/K7QP3M/)).toBeInTheDocument();
      expect(lookup).toHaveBeenCalledWith('/api/meetings/m1', expect.anything());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("a table's board", () => {
  const splitAndDiscuss = () => {
    const { m, topicIds } = meeting({
      participants: 4,
      phase: 'discuss',
      topics: ['Budget', 'Onboarding', 'Hiring'],
    });
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'shared', assignment: 'balanced' });
    const [one, two] = m.state.tables?.order ?? [];
    m.ok('facilitator', { type: 'tables:host', tableId: two as string, participantId: m.id('p2') });
    m.ok('p2', { type: 'tables:pull', tableId: two as string, topicId: topicIds[1] as string });
    m.ok('p2', {
      type: 'discussion:start',
      tableId: two as string,
      topicId: topicIds[1] as string,
    });
    return { m, one: one as string, two: two as string };
  };

  it('shows its own topic, clock and thumbs; the other table and the plenary stay off it', async () => {
    const { m, two } = splitAndDiscuss();
    window.history.replaceState(null, '', `/m/m1/board/${two}`);
    const { server } = renderWithMeeting(<App />, m, { as: 'projector', connect: false });

    expect(await screen.findByRole('heading', { level: 1, name: 'Table 2' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Onboarding' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left for ‘Onboarding’' })).toHaveTextContent(
      '8:00',
    );
    expect(screen.queryByRole('heading', { name: 'Tables' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);

    server.act('p2', { type: 'timer:stop', tableId: two });
    expect(
      await screen.findByRole('region', { name: 'More time for this topic?' }),
    ).toBeInTheDocument();
  });

  it('becomes the meeting board once everyone is back', async () => {
    const { m, two } = splitAndDiscuss();
    window.history.replaceState(null, '', `/m/m1/board/${two}`);
    const { server } = renderWithMeeting(<App />, m, { as: 'projector', connect: false });
    await screen.findByRole('heading', { level: 1, name: 'Table 2' });

    server.act('facilitator', { type: 'tables:rejoin' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CoP meeting' }),
    ).toBeInTheDocument();
  });
});
