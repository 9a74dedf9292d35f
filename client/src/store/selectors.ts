import { isModeratorRole, mayWriteNotes, Role } from '@percolate/shared';
import type { AppState } from './appStore.js';
import { isDown } from './connectionSlice.js';

export const selectIsModerator = (state: AppState): boolean =>
  isModeratorRole(state.me?.role ?? null);

export const selectIsFacilitator = (state: AppState): boolean =>
  state.me?.role === Role.Facilitator;

export const selectCanWriteNotes = (state: AppState): boolean =>
  mayWriteNotes(state.me?.role ?? null, { openNotes: state.view?.settings.openNotes ?? false });

export const selectMyId = (state: AppState): string | null => state.me?.participantId ?? null;

/** The connection is down: what is on screen may be stale, and only typed content can wait. */
export const selectIsOffline = (state: AppState): boolean => isDown(state.status);
