export interface ClockSample {
  /** Local time when the ping left. */
  sentAt: number;
  serverNow: number;
  /** Local time when the answer came back. */
  receivedAt: number;
}

/**
 * NTP-style: the server read its clock roughly halfway through the round trip. Of several
 * samples the one with the shortest round trip is the least distorted by queueing.
 */
export const clockOffset = (samples: readonly ClockSample[]): number | null => {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt;
    if (best === null || roundTrip < best.receivedAt - best.sentAt) best = sample;
  }
  if (best === null) return null;
  return Math.round(best.serverNow - (best.sentAt + best.receivedAt) / 2);
};
