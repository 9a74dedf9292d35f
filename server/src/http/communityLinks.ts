/** The links a new community is handed out with (created, or imported from an archive). */
import type { CreateCommunityResponse } from '@percolate/shared';
import type { Request } from 'express';
import type { AppConfig } from '../config.js';
import type { CommunityRecord } from '../store/types.js';
import { linkBase } from './linkBase.js';

/** The community's address, to which the links add their secret. */
export const communityAddress = (
  req: Request,
  config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>,
  record: Pick<CommunityRecord, 'id'>,
): string => `${linkBase(req, config)}/c/${record.id}`;

/** Secrets go in the fragment: the browser sends it in no request and no Referer. */
export const newCommunityLinks = (
  address: string,
  record: Pick<CommunityRecord, 'id' | 'inviteCode'>,
  organiserKey: string,
): CreateCommunityResponse => ({
  id: record.id,
  inviteCode: record.inviteCode,
  inviteUrl: `${address}#invite=${record.inviteCode}`,
  organiserUrl: `${address}#key=${organiserKey}`,
});
