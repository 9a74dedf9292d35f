/** The REST answers about communities (creation is REST; so are its commands for now). */

import type { MemberId } from './model.js';
import type { SearchHit } from './search.js';
import type { CommunityView } from './view.js';

export interface CreateCommunityResponse {
  id: string;
  /** Short, for people to type on /join; whoever has it may join. */
  inviteCode: string;
  /** The community's address with the invite code in its fragment (`#invite=`). */
  inviteUrl: string;
  /** The community's address with the organiser key in its fragment (`#key=`), shown once. */
  organiserUrl: string;
}

/** A member of an imported community, and their own link with their new secret. */
export interface ImportedMemberLink {
  memberId: MemberId;
  name: string;
  /** `/c/:id#member=<token>`: whoever opens it is this member (shown once, like the organiser link). */
  url: string;
}

/** REST: POST /api/communities/import → 201. */
export interface ImportCommunityResponse extends CreateCommunityResponse {
  /** One per member, in the archive's order, for the organiser to hand out. */
  memberLinks: ImportedMemberLink[];
}

/** What members and organisers see (GET /api/communities/:id). */
export interface CommunityLookupResponse extends CommunityView {
  /** The member the request's member token belongs to, if any. */
  me: MemberId | null;
  isOrganiser: boolean;
  /** For the invite link the page shows: members and organisers may invite others. */
  inviteCode: string;
}

/** What anyone else sees of a community: enough to know where the link leads, nothing more. */
export interface CommunityPreview {
  id: string;
  name: string;
  description: string;
  me: null;
  isOrganiser: false;
}

/** GET /api/communities/:id: the whole view for its members and organisers, else the preview. */
export type CommunityLookupAnswer = CommunityLookupResponse | CommunityPreview;

export const isCommunityPreview = (answer: CommunityLookupAnswer): answer is CommunityPreview =>
  !('members' in answer);

/** The header a `member:join` carries the invite code in (kept out of the command's log). */
export const INVITE_CODE_HEADER = 'x-invite-code';

/** REST: GET /api/communities/:id/search?q= (members and organisers). */
export interface CommunitySearchResponse {
  hits: SearchHit[];
}
