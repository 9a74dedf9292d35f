import type { Mood } from '@percolate/shared';

/** Weather as mood: understood across cultures and readable at a glance. */
export const MOOD_EMOJI: Readonly<Record<Mood, string>> = {
  sunny: '☀️',
  partly: '🌤️',
  cloudy: '☁️',
  rainy: '🌧️',
  stormy: '⛈️',
};
