/** What the server says about itself (release, who may create, imprint and privacy links), asked once per page load. */
import type { InstanceInfo } from '@percolate/shared';
import { useEffect, useState } from 'react';
import { request } from './request.js';

let pending: Promise<InstanceInfo | null> | null = null;

const fetchInstance = (): Promise<InstanceInfo | null> => {
  pending ??= request<InstanceInfo>('/api/instance').catch(() => {
    pending = null;
    return null;
  });
  return pending;
};

/** Null until the answer arrives (or when the server could not be asked). */
export const useInstance = (): InstanceInfo | null => {
  const [instance, setInstance] = useState<InstanceInfo | null>(null);
  useEffect(() => {
    let current = true;
    void fetchInstance().then((info) => {
      if (current) setInstance(info);
    });
    return () => {
      current = false;
    };
  }, []);
  return instance;
};
