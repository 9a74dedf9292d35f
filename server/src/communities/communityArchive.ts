/**
 * A community moves as one archive: its organiser downloads it here, and another server imports
 * it as a new community (`shared/src/community/archive.ts`, `importArchive.ts`). The import is
 * all or nothing: the community and every meeting it brings are written in one transaction, under
 * new ids and secrets: an organiser key, a token per member (their links are shown once), and for
 * each meeting a facilitator key nobody is given (the organiser key opens a community's meetings).
 */
import {
  type CommunityArchive,
  communityArchive,
  importedCommunity,
  type MeetingEvent,
} from '@percolate/shared';
import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';
import { sha256Hex } from '../secrets.js';
import {
  type CommunityRecord,
  type CommunityStore,
  type EventStore,
  InviteCodeTakenError,
  JoinCodeTakenError,
  type NewMeeting,
} from '../store/types.js';
import type { LoadedCommunity } from './communityService.js';

/** Invite and join codes are short: a few collisions in a row are possible, many are not. */
const MAX_CODE_ATTEMPTS = 10;

/** The archive of a loaded community, with the logs of its meetings that still exist. */
export const archiveOf = async (
  store: EventStore,
  { state }: LoadedCommunity,
  now: number,
): Promise<CommunityArchive> => {
  const logs = new Map<string, MeetingEvent[]>();
  for (const meeting of state.meetings) {
    if (!meeting.deleted) logs.set(meeting.meetingId, await store.loadEvents(meeting.meetingId));
  }
  return communityArchive(state, logs, now);
};

export interface ArchiveImportDeps {
  store: CommunityStore;
  clock: Clock;
  ids: Ids;
}

export interface ImportedArchive {
  record: CommunityRecord;
  organiserKey: string;
  /** Each member's new token, in the archive's order. */
  members: { memberId: string; name: string; token: string }[];
}

export const importArchive = async (
  { store, clock, ids }: ArchiveImportDeps,
  archive: CommunityArchive,
): Promise<ImportedArchive> => {
  const organiserKey = ids.facilitatorKey();
  // A member token is a secret of the same strength as a key (and of the characters tokens take).
  const members = archive.community.members.map(({ id, name }) => ({
    memberId: id,
    name,
    token: ids.facilitatorKey(),
  }));
  const tokenHashes = new Map(members.map(({ memberId, token }) => [memberId, sha256Hex(token)]));
  const now = clock.now();
  const { first, meetings } = importedCommunity(
    archive,
    {
      communityId: ids.meetingId(),
      meetingId: () => ids.meetingId(),
      commandId: () => ids.commandId(),
      memberTokenHash: (memberId) => tokenHashes.get(memberId) ?? '',
    },
    now,
  );
  const { state } = first;
  for (let attempt = 1; ; attempt += 1) {
    const record: CommunityRecord = {
      id: state.id,
      inviteCode: ids.joinCode(),
      organiserKeyHash: sha256Hex(organiserKey),
      name: state.name,
      createdAt: now,
    };
    const newMeetings = meetings.map(
      ({ id, title, createdAt, endedAt, events }): NewMeeting => ({
        record: {
          id,
          joinCode: ids.joinCode(),
          facilitatorKeyHash: sha256Hex(ids.facilitatorKey()),
          title,
          createdAt,
          communityId: state.id,
          endedAt,
        },
        events,
      }),
    );
    try {
      await store.importCommunity({ record, events: [{ ...first, seq: 1, at: now }] }, newMeetings);
      return { record, organiserKey, members };
    } catch (error) {
      const codeTaken =
        error instanceof InviteCodeTakenError || error instanceof JoinCodeTakenError;
      if (!codeTaken || attempt >= MAX_CODE_ATTEMPTS) throw error;
    }
  }
};
