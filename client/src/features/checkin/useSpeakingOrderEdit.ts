import type { SpeakingRound } from '@percolate/shared';
import { useCommand } from '../../store/useCommand.js';
import { movedTo } from '../../ui/movedTo.js';
import { useDragReorder } from '../../ui/useDragReorder.js';

/** A random order of the given ids (Fisher–Yates); at least one moves when there are two. */
const shuffled = (ids: readonly string[]): string[] => {
  for (;;) {
    const next = [...ids];
    for (let i = next.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [next[i], next[j]] = [next[j] as string, next[i] as string];
    }
    if (ids.length < 2 || next.some((id, index) => id !== ids[index])) return next;
  }
};

/**
 * Moderators change who speaks after the current speaker: drag, move one earlier or later, or
 * shuffle the rest. The server keeps whoever has spoken or speaks in place.
 */
export const useSpeakingOrderEdit = (round: SpeakingRound) => {
  const command = useCommand();
  const spoken = round.order.slice(0, round.currentIndex + 1);
  const upcoming = round.order.slice(round.currentIndex + 1);
  const reorder = (next: string[]) =>
    void command.run({ type: 'round:reorder', order: [...spoken, ...next] });
  const move = (id: string, target: string) => reorder(movedTo(upcoming, id, target));
  const rowProps = useDragReorder('application/x-percolate-speaker', move);
  return {
    upcoming,
    rowProps,
    moveTo: (id: string, index: number) => {
      const target = upcoming[index];
      if (target) move(id, target);
    },
    shuffle: () => reorder(shuffled(upcoming)),
    error: command.error,
  };
};
