/**
 * A community's minutes deliveries over REST (organisers only, with the organiser key this
 * browser holds): the overview, adding and removing targets, and sending a meeting's minutes
 * again.
 */
import type { AddDeliveryTarget, DeliveryOverview, RequestDelivery } from '@percolate/shared';
import type { FailureCode } from '../store/commandInput.js';
import { communityPath, failureOf, headersFor, readJson } from './communitiesApi.js';

export type DeliveryOutcome = { ok: true } | { ok: false; code: FailureCode };

const deliveryPath = (communityId: string) => `${communityPath(communityId)}/delivery`;

export const fetchDeliveries = async (communityId: string): Promise<DeliveryOverview> =>
  readJson(await fetch(deliveryPath(communityId), { headers: headersFor(communityId, false) }));

const send = async (
  communityId: string,
  path: string,
  method: 'POST' | 'DELETE',
  body?: unknown,
): Promise<DeliveryOutcome> => {
  try {
    const response = await fetch(`${deliveryPath(communityId)}${path}`, {
      method,
      headers: headersFor(communityId, body !== undefined),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response.ok ? { ok: true } : { ok: false, code: await failureOf(response) };
  } catch {
    return { ok: false, code: 'NETWORK' };
  }
};

export const addDeliveryTarget = (communityId: string, target: AddDeliveryTarget) =>
  send(communityId, '/targets', 'POST', target);

export const removeDeliveryTarget = (communityId: string, targetId: string) =>
  send(communityId, `/targets/${encodeURIComponent(targetId)}`, 'DELETE');

export const requestDelivery = (communityId: string, request: RequestDelivery) =>
  send(communityId, '/send', 'POST', request);
