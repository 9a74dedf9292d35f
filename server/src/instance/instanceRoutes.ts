/** GET /api/instance: the release and the operator's settings the pages show (see InstanceInfo). */
import type { InstanceInfo } from '@percolate/shared';
import { Router } from 'express';
import type { AppConfig } from '../config.js';
import { VERSION } from '../version.js';
import { isCreationRestricted } from './creationGate.js';

export const instanceRoutes = ({ creation, legal }: Pick<AppConfig, 'creation' | 'legal'>) => {
  const info: InstanceInfo = {
    version: VERSION,
    creation: isCreationRestricted(creation) ? 'restricted' : 'open',
    imprintUrl: legal.imprintUrl,
    privacyUrl: legal.privacyUrl,
  };
  return Router().get('/api/instance', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(info);
  });
};
