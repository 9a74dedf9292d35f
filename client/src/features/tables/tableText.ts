import type { PublicParticipantView, PublicView } from '@percolate/shared';

/** A breakout link is shown as a link; anything else (a room's name) as text. */
export const isWebLink = (text: string): boolean => /^https?:\/\/\S+$/i.test(text.trim());

const NO_PEOPLE: PublicParticipantView[] = [];

export const peopleOf = (view: PublicView | null): PublicParticipantView[] =>
  view?.participants ?? NO_PEOPLE;

/** A participant's name by id ('' when unknown). */
export const nameIn = (people: readonly PublicParticipantView[], id: string | null): string =>
  (id ? people.find((person) => person.id === id)?.name : undefined) ?? '';
