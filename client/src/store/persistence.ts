/**
 * What this browser remembers, in local storage. Storage may be unavailable (private mode,
 * blocked cookies), so every access is guarded and the app keeps working without it.
 */
import type { CreateMeetingResponse } from '@percolate/shared';
import { nanoid } from 'nanoid';

const PREFIX = 'percolate:';

const read = (key: string): string | null => {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
};

const write = (key: string, value: string | null): void => {
  try {
    if (value === null) globalThis.localStorage?.removeItem(PREFIX + key);
    else globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Nothing to do: the browser refuses storage, so this visit is not remembered.
  }
};

const PARTICIPANT_TOKEN_LENGTH = 24;

export const persistence = {
  /** The secret that makes this browser the same participant after a reload. */
  participantToken(meetingId: string): string {
    const existing = read(`${meetingId}:token`);
    if (existing) return existing;
    const token = nanoid(PARTICIPANT_TOKEN_LENGTH);
    write(`${meetingId}:token`, token);
    return token;
  },
  /** Adopts a participant's token brought from another device: this browser is that person. */
  saveParticipantToken: (meetingId: string, token: string): void =>
    write(`${meetingId}:token`, token),
  facilitatorKey: (meetingId: string): string | null => read(`${meetingId}:key`),
  saveFacilitatorKey: (meetingId: string, key: string): void => write(`${meetingId}:key`, key),
  displayName: (): string => read('name') ?? '',
  saveDisplayName: (name: string): void => write('name', name),
  /** What the creating browser was told; other browsers look the join code up. */
  shareInfo(meetingId: string): CreateMeetingResponse | null {
    const raw = read(`${meetingId}:share`);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as CreateMeetingResponse;
    } catch {
      return null;
    }
  },
  saveShareInfo: (info: CreateMeetingResponse): void =>
    write(`${info.id}:share`, JSON.stringify(info)),
  /** This browser's secret as a member of a community, sent as `X-Member-Token`. */
  memberToken(communityId: string): string {
    const existing = read(`community:${communityId}:token`);
    if (existing) return existing;
    const token = nanoid(PARTICIPANT_TOKEN_LENGTH);
    write(`community:${communityId}:token`, token);
    return token;
  },
  /** Adopts a member token brought from another device (`#member=…`): this browser acts as that member. */
  saveMemberToken: (communityId: string, token: string): void =>
    write(`community:${communityId}:token`, token),
  organiserKey: (communityId: string): string | null => read(`community:${communityId}:key`),
  saveOrganiserKey: (communityId: string, key: string): void =>
    write(`community:${communityId}:key`, key),
  /** The community's invite code from its link or the join page, kept until this browser joined. */
  inviteCode: (communityId: string): string | null => read(`community:${communityId}:invite`),
  saveInviteCode: (communityId: string, code: string | null): void =>
    write(`community:${communityId}:invite`, code),
  /** Forgets what this browser held for a community (after it was deleted). */
  forgetCommunity(communityId: string): void {
    for (const what of ['token', 'key', 'name', 'invite']) {
      write(`community:${communityId}:${what}`, null);
    }
  },
  /** The name this browser's member goes by in a community, to prefill its meetings' join form. */
  memberName: (communityId: string): string | null => read(`community:${communityId}:name`),
  /** null once this browser's member left. */
  saveMemberName: (communityId: string, name: string | null): void =>
    write(`community:${communityId}:name`, name),
  /** Does this browser organise a community or belong to one as a member it has seen itself as? */
  belongsToAnyCommunity(): boolean {
    try {
      const storage = globalThis.localStorage;
      if (!storage) return false;
      for (let i = 0; i < storage.length; i += 1) {
        if (/^percolate:community:[^:]+:(key|name)$/.test(storage.key(i) ?? '')) return true;
      }
    } catch {
      // Storage refused: nothing is remembered.
    }
    return false;
  },
  /** Which community scheduled a meeting, so its page can show the member's credentials at once. */
  communityOf: (meetingId: string): string | null => read(`${meetingId}:community`),
  saveCommunityOf: (meetingId: string, communityId: string): void =>
    write(`${meetingId}:community`, communityId),
  /** What was typed into one of a meeting's forms and not yet acknowledged by the server. */
  draft(meetingId: string, name: string): unknown {
    const raw = read(`${meetingId}:draft:${name}`);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  },
  saveDraft: (meetingId: string, name: string, value: unknown): void =>
    write(`${meetingId}:draft:${name}`, value === null ? null : JSON.stringify(value)),
  preference: (name: string): string | null => read(`pref:${name}`),
  savePreference: (name: string, value: string): void => write(`pref:${name}`, value),
};
