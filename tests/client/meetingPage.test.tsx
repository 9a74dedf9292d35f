import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../client/src/app/App.js';
import { createAppStore } from '../../client/src/store/appStore.js';
import { StoreProvider } from '../../client/src/store/StoreContext.js';
import { meeting, TestMeeting } from '../helpers/builders.js';
import { renderWithMeeting } from './support/render.js';

const page = () => <App />;

beforeEach(() => {
  window.history.replaceState(null, '', '/m/m1');
});

describe('the meeting page', () => {
  it('asks a newcomer for a display name, then shows the meeting', async () => {
    const { m } = meeting({ participants: 1 });
    const { user } = renderWithMeeting(page(), m, { as: 'newcomer', connect: false });

    expect(screen.getByRole('heading', { level: 1, name: 'CoP meeting' })).toBeInTheDocument();
    expect(screen.getByText('2 people are here.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name'), 'Noor');
    await user.click(screen.getByRole('button', { name: 'Join' }));

    const presence = await screen.findByRole('region', { name: 'Who is here' });
    expect(within(presence).getByText('Noor (you)')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Meeting phases' })).toBeInTheDocument();
    expect(localStorage.getItem('percolate:name')).toBe('Noor');
  });

  it('rejoins a returning browser straight into the meeting', () => {
    const { m } = meeting({ participants: 1 });
    renderWithMeeting(page(), m, { as: 'p1', connect: false });
    expect(screen.getByRole('heading', { level: 1, name: 'CoP meeting' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
  });

  it('keeps the facilitator key from the link, hides it from the address, and offers to take over', async () => {
    window.history.replaceState(null, '', '/m/m1#key=secret-key');
    const { m } = meeting({ participants: 1 });
    const { user } = renderWithMeeting(page(), m, { as: 'p1', connect: false });

    expect(window.location.hash).toBe('');
    expect(localStorage.getItem('percolate:m1:key')).toBe('secret-key');
    await user.click(screen.getByRole('button', { name: 'Take over facilitation' }));

    expect(await screen.findByRole('region', { name: 'Facilitator controls' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Take over facilitation' }),
    ).not.toBeInTheDocument();
  });

  it('shows the facilitator an invitation with link and a QR code made in the browser', async () => {
    const { m } = meeting({ participants: 1 });
    renderWithMeeting(page(), m, { as: 'facilitator', connect: false });
    const share = screen.getByRole('region', { name: 'Invite people' });
    expect(within(share).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(
      await within(share).findByRole('img', { name: 'QR code with the join link' }),
    ).toBeInTheDocument();
  });

  it('says so when the meeting does not exist', () => {
    const store = createAppStore((_options, sink) => {
      sink.reject('MEETING_NOT_FOUND');
      return {
        send: async () => ({ ok: true, seq: 0 }),
        requestMinutes: async () => ({
          ok: false,
          error: { code: 'NOT_JOINED', message: 'not here' },
        }),
        reconnect: () => {},
        close: () => {},
      };
    });
    render(<StoreProvider store={store}>{page()}</StoreProvider>);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Meeting not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join with a code' })).toHaveAttribute('href', '/join');
  });

  it('tells people when the connection drops, and when it is back', async () => {
    const { m } = meeting({ participants: 1 });
    const { server, user } = renderWithMeeting(page(), m, { as: 'p1', connect: false });
    const status = () => screen.getAllByRole('status').find((el) => el.textContent) ?? null;

    server.setStatus('reconnecting');
    expect(await screen.findByText('Connection lost. Reconnecting…')).toBeInTheDocument();
    server.setStatus('online');
    expect(await screen.findByText('Back online.')).toBeInTheDocument();

    server.setStatus('lost');
    expect(await screen.findByText(/^No connection for a while\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'CoP meeting' })).toBeInTheDocument();
    expect(
      screen.getByText('Connection lost: who is online is not known right now.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/of \d+ online/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(await screen.findByText(/^\d+ of \d+ online$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again now' })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('Back online.');
  });

  it('switches to German and updates the page language', async () => {
    const { m } = meeting({ participants: 1 });
    const { user } = renderWithMeeting(page(), m, { as: 'p1', connect: false });

    await user.click(screen.getByRole('button', { name: /Deutsch/ }));

    expect(await screen.findByRole('heading', { name: 'Wer ist da' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('button', { name: /Deutsch/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('leads everyone to the minutes when the facilitator ends the meeting', async () => {
    const { m } = meeting({ participants: 1, phase: 'wrapup' });
    const { user } = renderWithMeeting(page(), m, { as: 'facilitator', connect: false });

    await user.click(screen.getByRole('button', { name: 'End meeting' }));
    const confirm = screen.getByRole('dialog', { name: 'End the meeting for everyone?' });
    await user.click(within(confirm).getByRole('button', { name: 'End now' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This meeting has ended' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the minutes' })).toHaveAttribute(
      'href',
      '/m/m1/minutes',
    );
  });

  it('lists the keyboard shortcuts behind ?', async () => {
    const m = new TestMeeting();
    m.join('facilitator', 'Fran');
    const { user } = renderWithMeeting(page(), m, { as: 'facilitator', connect: false });

    await user.keyboard('?');

    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Next phase (asks first)')).toBeInTheDocument();
  });
});
