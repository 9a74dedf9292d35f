import { Role } from '@percolate/shared';
import type { AppState } from './appStore.js';

export const selectIsModerator = (state: AppState): boolean =>
  state.me?.role === Role.Facilitator || state.me?.role === Role.Cofacilitator;

export const selectIsFacilitator = (state: AppState): boolean =>
  state.me?.role === Role.Facilitator;

/** Moderators and scribes write notes; everyone does when the meeting's notes are open. */
export const selectCanWriteNotes = (state: AppState): boolean =>
  selectIsModerator(state) ||
  state.me?.role === Role.Scribe ||
  (state.view?.settings.openNotes ?? false);

export const selectMyId = (state: AppState): string | null => state.me?.participantId ?? null;
