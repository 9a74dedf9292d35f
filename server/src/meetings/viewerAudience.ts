/** The audience (see shared `audiences.ts`) a viewer's sockets belong in, by the given state. */
import {
  type AudienceKey,
  audienceOf,
  type MeetingState,
  participantIdForToken,
} from '@percolate/shared';
import type { ViewerIdentity } from './connections.js';

export const audienceOfViewer = (state: MeetingState, identity: ViewerIdentity): AudienceKey =>
  audienceOf(state, {
    participantId: participantIdForToken(state, identity.tokenHash),
    hasFacilitatorKey: identity.hasFacilitatorKey,
  });
