/**
 * A community as one versioned JSON archive, for its organiser to keep or to move to another
 * server (docs/community-archive.md). The schema is what an import takes: every text within the
 * limits the live commands have, every meeting's log as the record keeps it, and the parts
 * consistent with each other (`archiveProblems`).
 */
import { z } from 'zod';
import { type DomainError, domainError, ErrorCode } from '../domain/errors.js';
import { invalidPayload } from '../domain/invalidPayload.js';
import { archiveProblems } from './archiveChecks.js';
import { COMMUNITY_ARCHIVE_FORMAT, COMMUNITY_ARCHIVE_VERSION } from './archiveFormat.js';
import { archiveShape, type CommunityArchive } from './archiveShape.js';

export type { ArchivedMeeting, CommunityArchive } from './archiveShape.js';

export const communityArchiveSchema = archiveShape.superRefine((archive, ctx) => {
  for (const { path, message } of archiveProblems(archive)) {
    ctx.addIssue({ code: 'custom', path, message });
  }
});

const envelopeSchema = z.looseObject({ format: z.unknown(), version: z.unknown() });
const versionOf = (version: unknown): string =>
  typeof version === 'number' ? String(version) : 'unknown';

/**
 * Whether `input` is a community archive this server reads: refused `ARCHIVE_UNSUPPORTED` when
 * it is none or of another version, `INVALID_PAYLOAD` naming the first field that is wrong.
 */
export const parseCommunityArchive = (
  input: unknown,
): { ok: true; archive: CommunityArchive } | { ok: false; error: DomainError } => {
  const envelope = envelopeSchema.safeParse(input);
  if (!envelope.success || envelope.data.format !== COMMUNITY_ARCHIVE_FORMAT) {
    return {
      ok: false,
      error: domainError(ErrorCode.ArchiveUnsupported, 'not a Percolate community archive'),
    };
  }
  if (envelope.data.version !== COMMUNITY_ARCHIVE_VERSION) {
    return {
      ok: false,
      error: domainError(
        ErrorCode.ArchiveUnsupported,
        `archive version ${versionOf(envelope.data.version)}: this server reads version ${COMMUNITY_ARCHIVE_VERSION}`,
      ),
    };
  }
  const parsed = communityArchiveSchema.safeParse(input);
  return parsed.success
    ? { ok: true, archive: parsed.data }
    : { ok: false, error: invalidPayload(parsed.error, 'archive') };
};
