/**
 * Minutes deliveries over REST, for whoever owns the targets: a community's organiser (with the
 * organiser key this browser holds) or a one-off meeting's facilitator (with its key). The
 * overview, adding and removing targets, and sending a meeting's minutes again.
 */
import type { AddDeliveryTarget, DeliveryOverview, RequestDelivery } from '@percolate/shared';
import type { FailureCode } from '../store/commandInput.js';
import { communityPath, failureOf, headersFor, readJson } from './communitiesApi.js';

export type DeliveryOutcome = { ok: true } | { ok: false; code: FailureCode };

/** Where an owner's delivery routes are, and the headers that say who asks. */
export interface DeliveryEndpoint {
  path: string;
  headers: (json: boolean) => Record<string, string>;
}

export const communityDeliveries = (communityId: string): DeliveryEndpoint => ({
  path: `${communityPath(communityId)}/delivery`,
  headers: (json) => headersFor(communityId, json),
});

export const meetingDeliveries = (meetingId: string, facilitatorKey: string): DeliveryEndpoint => ({
  path: `/api/meetings/${encodeURIComponent(meetingId)}/delivery`,
  headers: (json) => ({
    accept: 'application/json',
    authorization: `Bearer ${facilitatorKey}`,
    ...(json ? { 'content-type': 'application/json' } : {}),
  }),
});

export const fetchDeliveries = async (endpoint: DeliveryEndpoint): Promise<DeliveryOverview> =>
  readJson(await fetch(endpoint.path, { headers: endpoint.headers(false) }));

const send = async (
  endpoint: DeliveryEndpoint,
  path: string,
  method: 'POST' | 'DELETE',
  body?: unknown,
): Promise<DeliveryOutcome> => {
  try {
    const response = await fetch(`${endpoint.path}${path}`, {
      method,
      headers: endpoint.headers(body !== undefined),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response.ok ? { ok: true } : { ok: false, code: await failureOf(response) };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
};

export const addDeliveryTarget = (endpoint: DeliveryEndpoint, target: AddDeliveryTarget) =>
  send(endpoint, '/targets', 'POST', target);

export const removeDeliveryTarget = (endpoint: DeliveryEndpoint, targetId: string) =>
  send(endpoint, `/targets/${encodeURIComponent(targetId)}`, 'DELETE');

export const requestDelivery = (endpoint: DeliveryEndpoint, request: RequestDelivery) =>
  send(endpoint, '/send', 'POST', request);
