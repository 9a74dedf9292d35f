/**
 * Who may create meetings and communities. Open by default; with an access code and/or allowed
 * networks set, a creation request passes when it carries the code (X-Creation-Code) or comes
 * from one of the networks, and is refused 403 CREATION_RESTRICTED otherwise.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import { CREATION_CODE_HEADER, domainError, ErrorCode } from '@percolate/shared';
import type { RequestHandler } from 'express';
import { sendError } from '../http/httpErrors.js';

export interface CreationAccess {
  /** The access code people type when creating; null: none. */
  code: string | null;
  /** Networks in CIDR notation (10.0.0.0/8, 2001:db8::/32) whose addresses may create without it. */
  networks: string[];
}

export const OPEN_CREATION: CreationAccess = { code: null, networks: [] };

export const isCreationRestricted = ({ code, networks }: CreationAccess): boolean =>
  code !== null || networks.length > 0;

/** Parses "10.0.0.0/8" or a single address; throws with the setting's name on a typo. */
export const networkList = (name: string, cidrs: string[]): BlockList => {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', prefix] = cidr.split('/');
    const type = isIPv4(address) ? 'ipv4' : 'ipv6';
    const bits = prefix === undefined ? (type === 'ipv4' ? 32 : 128) : Number(prefix);
    try {
      list.addSubnet(address, bits, type);
    } catch {
      throw new Error(`${name}: "${cidr}" is not a network (e.g. 10.0.0.0/8 or 2001:db8::/32)`);
    }
  }
  return list;
};

/** Express gives IPv4 clients of a dual-stack socket as ::ffff:a.b.c.d. */
const inNetworks = (list: BlockList, ip: string | undefined): boolean => {
  if (!ip) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return isIPv4(v4) ? list.check(v4, 'ipv4') : list.check(ip, 'ipv6');
};

const digest = (text: string) => createHash('sha256').update(text).digest();

const codeMatches = (expected: Buffer, given: string | undefined): boolean =>
  given !== undefined && timingSafeEqual(expected, digest(given.trim()));

export const creationGate = (access: CreationAccess): RequestHandler => {
  if (!isCreationRestricted(access)) return (_req, _res, next) => next();
  const networks = networkList('CREATION_NETWORKS', access.networks);
  const code = access.code === null ? null : digest(access.code);
  return (req, res, next) => {
    if (inNetworks(networks, req.ip)) return next();
    if (code && codeMatches(code, req.get(CREATION_CODE_HEADER))) return next();
    sendError(
      res,
      403,
      domainError(ErrorCode.CreationRestricted, 'creating needs the access code on this server'),
    );
  };
};
