/** The REST answers about communities (creation is REST; so are its commands for now). */

import type { MemberId } from './model.js';
import type { SearchHit } from './search.js';
import type { CommunityView } from './view.js';

export interface CreateCommunityResponse {
  id: string;
  inviteCode: string;
  /** The community's address: whoever has it may join. */
  inviteUrl: string;
  /** The invite URL with the organiser key in its fragment (`#key=`), shown once. */
  organiserUrl: string;
}

export interface CommunityLookupResponse extends CommunityView {
  /** The member the request's member token belongs to, if any. */
  me: MemberId | null;
  isOrganiser: boolean;
}

/** REST: GET /api/communities/:id/search?q= (members and organisers). */
export interface CommunitySearchResponse {
  hits: SearchHit[];
}
