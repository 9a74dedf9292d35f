import {
  applyPatch,
  type ParticipantId,
  type PrivateView,
  type PublicView,
  type Snapshot,
  type SyncResponse,
  type ViewPatch,
} from '@percolate/shared';
import type { StateCreator } from 'zustand';
import type { PatchResult } from './transport.js';

export interface MeetingSlice {
  view: PublicView | null;
  me: PrivateView | null;
  seq: number;
  /** Sequence of the private view we hold, so an older one arriving late is ignored. */
  privateSeq: number;
  online: ParticipantId[];
  /** The timebox the facilitator chose for the next topic; null for the meeting's own. */
  nextTimeboxMinutes: number | null;
  setNextTimebox(minutes: number | null): void;
  applySnapshot(snapshot: Snapshot): void;
  receivePatch(patch: ViewPatch): PatchResult;
  applyPrivate(seq: number, me: PrivateView): void;
  applySync(response: SyncResponse): PatchResult;
  setOnline(online: ParticipantId[]): void;
  clearMeeting(): void;
}

const EMPTY = {
  view: null,
  me: null,
  seq: 0,
  privateSeq: 0,
  online: [],
  nextTimeboxMinutes: null,
};

export const createMeetingSlice: StateCreator<MeetingSlice> = (set, get) => ({
  ...EMPTY,
  setNextTimebox: (minutes) => set({ nextTimeboxMinutes: minutes }),
  applySnapshot: (snapshot) =>
    set({
      view: snapshot.view,
      me: snapshot.me,
      seq: snapshot.seq,
      privateSeq: snapshot.seq,
      online: snapshot.online,
    }),
  receivePatch: (patch) => {
    const { view, seq } = get();
    if (view === null) return 'gap';
    if (patch.to <= seq) return 'stale';
    if (patch.from !== seq) return 'gap';
    set({ view: applyPatch(view, patch.ops), seq: patch.to });
    return 'applied';
  },
  applyPrivate: (seq, me) => {
    if (seq >= get().privateSeq) set({ me, privateSeq: seq });
  },
  applySync: (response) => {
    if (response.kind === 'snapshot') {
      get().applySnapshot(response.snapshot);
      return 'applied';
    }
    let result: PatchResult = 'applied';
    for (const patch of response.patches) {
      if (get().receivePatch(patch) === 'gap') result = 'gap';
    }
    set({
      me: response.me,
      online: response.online,
      privateSeq: Math.max(get().privateSeq, get().seq),
    });
    return result;
  },
  setOnline: (online) => set({ online }),
  clearMeeting: () => set(EMPTY),
});
