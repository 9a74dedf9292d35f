/** What a server tells its pages about itself: GET /api/instance. */

/** The header that carries the creation access code when creating is restricted. */
export const CREATION_CODE_HEADER = 'x-creation-code';

export interface InstanceInfo {
  /** The release, e.g. "0.2.0". */
  version: string;
  /** Who may create meetings and communities: everyone, or those with the access code or on the allowed networks. */
  creation: 'open' | 'restricted';
  /** The operator's imprint (Impressum) and privacy policy, shown in the footer; null when not set. */
  imprintUrl: string | null;
  privacyUrl: string | null;
}
