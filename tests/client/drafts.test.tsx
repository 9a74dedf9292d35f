import { screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ConnectionBanner } from '../../client/src/app/connection/ConnectionBanner.js';
import { PhasePanel } from '../../client/src/app/meeting/PhasePanel.js';
import { RoundPanel } from '../../client/src/features/checkin/RoundPanel.js';
import { DiscussPanel } from '../../client/src/features/discuss/DiscussPanel.js';
import { useAppStore } from '../../client/src/store/StoreContext.js';
import { meeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const discussing = () => {
  const { m, topicIds } = meeting({ participants: 1, phase: 'discuss', topics: ['Budget'] });
  m.ok('facilitator', { type: 'discussion:start', topicId: topicIds[0] as string });
  return m;
};

/** The phase's panel as the meeting shows it: it changes when the phase does. */
const CurrentPhase = () => {
  const phase = useAppStore((state) => state.view?.phase);
  return (
    <>
      <ConnectionBanner />
      {phase ? <PhasePanel phase={phase} /> : null}
    </>
  );
};

/** In the check-in, p1 loses the connection (`status`), writes a line and posts it. */
const checkInOffline = async (
  ui: ReactElement,
  line: string,
  status: 'reconnecting' | 'lost' = 'reconnecting',
) => {
  const { m } = meeting({ participants: 1, phase: 'checkin' });
  const rendered = renderWithMeeting(ui, m, { as: 'p1' });
  rendered.server.setStatus(status);
  await rendered.user.type(screen.getByLabelText('Your check-in'), line);
  await rendered.user.click(screen.getByRole('button', { name: 'Post' }));
  return { ...rendered, m };
};

const draftKeys = () => Object.keys(localStorage).filter((key) => key.includes(':draft:'));

describe('drafts and entries made while offline', () => {
  it('keeps a half-written note through a reload, and forgets it once the server has it', async () => {
    const m = discussing();
    const first = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });
    await first.user.type(screen.getByRole('textbox', { name: 'Note' }), 'Ask HR about the budget');
    first.unmount();

    const again = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Ask HR about the budget');
    await again.user.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Ask HR about the budget')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    expect(draftKeys()).toEqual([]);
  });

  it('holds a note written during an outage, read-only, and sends it once when the connection is back', async () => {
    const m = discussing();
    const { user, server } = renderWithMeeting(<DiscussPanel />, m, { as: 'facilitator' });
    server.setStatus('lost');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Written offline');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    expect(
      await screen.findByText('Waiting for the connection: this is sent as soon as it is back.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(server.sent).toEqual([]);

    server.setStatus('online');
    expect(await screen.findByText('Written offline')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    expect(server.sent.filter((command) => command.type === 'item:add')).toHaveLength(1);
    expect(m.state.items).toSatisfy((items: object) => Object.keys(items).length === 1);
    expect(draftKeys()).toEqual([]);
  });

  it('says beside the form why a check-in sent after the outage was refused, keeping its text', async () => {
    const { server } = await checkInOffline(<RoundPanel kind="checkin" />, 'Too late');
    server.act('facilitator', { type: 'phase:set', phase: 'propose' });
    server.setStatus('online');

    expect(
      await screen.findByText('This is not possible in the current phase.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Your check-in')).toHaveValue('Too late');
    expect(screen.getByLabelText('Your check-in')).not.toHaveAttribute('readonly');
  });

  it('lists what was refused when its form is gone, until dismissed', async () => {
    const { user, server } = await checkInOffline(<CurrentPhase />, 'Hybrid meetings', 'lost');
    expect(screen.getByText(/^No connection for a while\./)).toHaveTextContent(
      /what you type is kept/,
    );
    expect(
      await screen.findByText('1 entry is waiting to be sent.', { exact: false }),
    ).toBeTruthy();

    server.act('facilitator', { type: 'phase:set', phase: 'propose' });
    server.setStatus('online');

    const unsent = await screen.findByRole('region', { name: 'Not sent' });
    expect(unsent).toHaveTextContent(
      '“Hybrid meetings”: This is not possible in the current phase.',
    );
    await user.click(within(unsent).getByRole('button', { name: 'Dismiss: “Hybrid meetings”' }));
    expect(screen.queryByRole('region', { name: 'Not sent' })).not.toBeInTheDocument();
  });

  it('lists a refusal first shown beside its form once the form goes', async () => {
    const { m, server } = await checkInOffline(<CurrentPhase />, 'Seen twice');
    // The meeting moves on before this browser hears of it: the refusal comes first.
    m.ok('facilitator', { type: 'phase:set', phase: 'propose' });
    server.setStatus('online');
    expect(
      await screen.findByText('This is not possible in the current phase.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Not sent' })).not.toBeInTheDocument();

    server.act('facilitator', { type: 'topic:propose', title: 'Anything' });
    const unsent = await screen.findByRole('region', { name: 'Not sent' });
    expect(unsent).toHaveTextContent('“Seen twice”: This is not possible in the current phase.');
  });
});
