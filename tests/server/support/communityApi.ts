/** A community's REST API as the browser uses it: organiser key, member tokens, command ids. */
import { randomBytes } from 'node:crypto';
import {
  type CommandAck,
  type CommunityLookupAnswer,
  type CommunityLookupResponse,
  type CreateCommunityResponse,
  INVITE_CODE_HEADER,
  isCommunityPreview,
} from '@percolate/shared';
import { nanoid } from 'nanoid';

export interface CreatedCommunity extends CreateCommunityResponse {
  organiserKey: string;
}

/** Who asks: the organiser key holder and/or a browser with its member token (and invite code). */
export interface Caller {
  key?: string;
  token?: string;
  invite?: string;
}

export const memberToken = (): string => randomBytes(18).toString('base64url');

export const headersFor = (who: Caller = {}): Record<string, string> => ({
  'content-type': 'application/json',
  ...(who.key ? { authorization: `Bearer ${who.key}` } : {}),
  ...(who.token ? { 'x-member-token': who.token } : {}),
  ...(who.invite !== undefined ? { [INVITE_CODE_HEADER]: who.invite } : {}),
});

export const communityApi = (baseUrl: string) => {
  const createResponse = (
    body: unknown = { name: 'HR CoP', description: 'Personnel developers of cities' },
  ) =>
    fetch(`${baseUrl}/api/communities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const create = async (body?: unknown): Promise<CreatedCommunity> => {
    const response = await createResponse(body);
    if (response.status !== 201) throw new Error(`creating a community: ${response.status}`);
    const community = (await response.json()) as CreateCommunityResponse;
    const organiserKey = new URL(community.organiserUrl).hash.replace(/^#key=/, '');
    return { ...community, organiserKey };
  };

  /** Sends one command; `commandId` repeats a retry. */
  const send = async (id: string, command: unknown, who: Caller = {}, commandId = nanoid()) => {
    const response = await fetch(`${baseUrl}/api/communities/${id}/commands`, {
      method: 'POST',
      headers: headersFor(who),
      body: JSON.stringify({ commandId, command }),
    });
    return { status: response.status, ack: (await response.json()) as CommandAck };
  };

  /** What `who` is shown: the whole view or, for strangers, the preview. */
  const answer = async (id: string, who: Caller = {}): Promise<CommunityLookupAnswer> => {
    const response = await fetch(`${baseUrl}/api/communities/${id}`, { headers: headersFor(who) });
    if (response.status !== 200) throw new Error(`reading a community: ${response.status}`);
    return (await response.json()) as CommunityLookupAnswer;
  };

  /** The whole view, which only members and organisers get. */
  const look = async (id: string, who: Caller = {}): Promise<CommunityLookupResponse> => {
    const seen = await answer(id, who);
    if (isCommunityPreview(seen)) throw new Error('reading a community: only its preview');
    return seen;
  };

  const get = (path: string, who: Caller = {}) =>
    fetch(`${baseUrl}${path}`, { headers: headersFor(who) });

  const remove = (path: string, who: Caller = {}) =>
    fetch(`${baseUrl}${path}`, { method: 'DELETE', headers: headersFor(who) });

  return { createResponse, create, send, answer, look, get, remove };
};

export type CommunityApi = ReturnType<typeof communityApi>;
