import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../client/src/store/appStore.js';
import { StoreProvider } from '../../client/src/store/StoreContext.js';
import { Countdown } from '../../client/src/ui/timer/Countdown.js';

const NOW = Date.UTC(2025, 0, 15, 9, 0, 0);

const renderCountdown = (
  remainingMs: number,
  options: { sound?: boolean; offsetMs?: number } = {},
) => {
  const store = createAppStore(() => ({
    send: async () => ({ ok: true, seq: 0 }),
    requestMinutes: async () => ({ ok: false, error: { code: 'NOT_JOINED', message: 'not here' } }),
    reconnect: () => {},
    close: () => {},
  }));
  store.setState({ clockOffsetMs: options.offsetMs ?? 0, sound: options.sound ?? false });
  const serverNow = NOW + (options.offsetMs ?? 0);
  const timer = {
    startedAt: serverNow - 1000,
    durationMs: remainingMs + 1000,
    pausedRemainingMs: null,
  };
  render(
    <StoreProvider store={store}>
      <Countdown timer={timer} label="Time left for ‘Budget’" />
    </StoreProvider>,
  );
};

const announcement = () => document.querySelector('[aria-live="polite"]')?.textContent;

describe('the countdown', () => {
  let tones = 0;
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
    tones = 0;
    vi.stubGlobal(
      'AudioContext',
      class {
        currentTime = 0;
        destination = {};
        createOscillator() {
          tones += 1;
          return { frequency: {}, connect: (node: unknown) => node, start() {}, stop() {} };
        }
        createGain() {
          return {
            gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
            connect: (node: unknown) => node,
          };
        }
        close() {}
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('counts down on the server’s clock', () => {
    renderCountdown(90_000, { offsetMs: 3_600_000 });
    expect(screen.getByRole('timer', { name: 'Time left for ‘Budget’' })).toHaveTextContent('1:30');
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByRole('timer')).toHaveTextContent('1:20');
  });

  it('speaks only at one minute left and at the end', () => {
    renderCountdown(62_000);
    expect(announcement()).toBe('');
    act(() => vi.advanceTimersByTime(1_000));
    expect(announcement()).toBe('');
    act(() => vi.advanceTimersByTime(2_000));
    expect(announcement()).toBe('One minute left');
    act(() => vi.advanceTimersByTime(30_000));
    expect(announcement()).toBe('One minute left');
    act(() => vi.advanceTimersByTime(30_000));
    expect(announcement()).toBe('Time is up');
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
  });

  it('beeps at the end only when sound is turned on', () => {
    renderCountdown(2_000);
    act(() => vi.advanceTimersByTime(3_000));
    expect(tones).toBe(0);
  });

  it('beeps once at the end with sound on', () => {
    renderCountdown(2_000, { sound: true });
    act(() => vi.advanceTimersByTime(5_000));
    expect(tones).toBe(1);
  });

  it('beeps and pulses at one minute left, then beeps again at the end', () => {
    renderCountdown(62_000, { sound: true });
    const face = document.querySelector('.countdown');
    expect(face).not.toHaveAttribute('data-cue');
    act(() => vi.advanceTimersByTime(3_000));
    expect(tones).toBe(1);
    expect(face).toHaveAttribute('data-cue', 'oneMinute');
    act(() => vi.advanceTimersByTime(60_000));
    expect(tones).toBe(2);
    expect(face).toHaveAttribute('data-cue', 'timeUp');
  });
});
