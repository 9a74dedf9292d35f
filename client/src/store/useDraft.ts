import { useCallback, useRef, useState } from 'react';
import { persistence } from './persistence.js';
import { useAppStore } from './StoreContext.js';

type Fields = Record<string, string | boolean | null>;

/** Takes from what was stored only the fields the form has, of the kind the form expects. */
const restore = <T extends Fields>(initial: T, stored: unknown): T => {
  if (typeof stored !== 'object' || stored === null) return initial;
  const restored: Fields = { ...initial };
  for (const [field, value] of Object.entries(stored)) {
    const expected = initial[field];
    if (
      field in initial &&
      (typeof value === typeof expected || value === null || expected === null)
    ) {
      restored[field] = value as Fields[string];
    }
  }
  return restored as T;
};

const same = (a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of one form of the meeting, kept in this browser while they are typed, so that a
 * reload, a crash of the tab or a long outage loses nothing. `name` tells the meeting's forms
 * apart (`topic`, `item:<topicId>`, …). Once the server acknowledged what was sent, the form calls
 * `reset` (back to empty) or `forget` (keep showing what was sent, stop keeping it).
 */
export const useDraft = <T extends Fields>(name: string, initial: T) => {
  const meetingId = useAppStore((state) => state.meetingId);
  const [fields, setFields] = useState<T>(() =>
    meetingId ? restore(initial, persistence.draft(meetingId, name)) : initial,
  );
  const latest = useRef(fields);
  const initialRef = useRef(initial);

  const store = useCallback(
    (next: T) => {
      latest.current = next;
      setFields(next);
      if (!meetingId) return;
      persistence.saveDraft(meetingId, name, same(next, initialRef.current) ? null : next);
    },
    [meetingId, name],
  );
  const update = useCallback(
    (changes: Partial<T>) => store({ ...latest.current, ...changes }),
    [store],
  );
  const reset = useCallback(() => store(initialRef.current), [store]);
  const forget = useCallback(() => {
    if (meetingId) persistence.saveDraft(meetingId, name, null);
  }, [meetingId, name]);

  return { fields, update, reset, forget };
};
