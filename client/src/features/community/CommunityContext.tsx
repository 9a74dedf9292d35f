import type { CommunityCommand, CommunityLookupResponse, MemberId } from '@percolate/shared';
import { createContext, type ReactNode, useContext } from 'react';
import type { CommunityOutcome } from '../../api/communitiesApi.js';
import { useAction } from '../../store/useAction.js';

interface CommunityContextValue {
  community: CommunityLookupResponse;
  send: (command: CommunityCommand) => Promise<CommunityOutcome>;
  refresh: () => Promise<void>;
}

const Context = createContext<CommunityContextValue | null>(null);

export const CommunityProvider = ({
  value,
  children,
}: {
  value: CommunityContextValue;
  children: ReactNode;
}) => <Context.Provider value={value}>{children}</Context.Provider>;

const useCommunityContext = (): CommunityContextValue => {
  const value = useContext(Context);
  if (!value) throw new Error('community components need a CommunityProvider');
  return value;
};

export const useCommunityView = (): CommunityLookupResponse => useCommunityContext().community;

/** A member's name, or null when they are no longer a member. */
export const useMemberName = () => {
  const { members } = useCommunityView();
  return (memberId: MemberId | null): string | null =>
    members.find((member) => member.id === memberId)?.name ?? null;
};

/** Sends community commands for one control and keeps its last refusal; the view is fetched again after each. */
export const useCommunityCommand = () => useAction(useCommunityContext().send);
