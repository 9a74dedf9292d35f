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
  /**
   * A private view newer than the public one (an acknowledgement carries the sender's view just
   * ahead of the same commit's patch): shown once the public view reaches it, so the two never
   * disagree on screen (my dots left against the topics' totals).
   */
  heldPrivate: HeldPrivate | null;
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

interface HeldPrivate {
  seq: number;
  me: PrivateView;
}

const EMPTY = {
  view: null,
  me: null,
  seq: 0,
  privateSeq: 0,
  heldPrivate: null,
  online: [],
  nextTimeboxMinutes: null,
};

/** The held private view once the public view has reached `seq`; kept while it is still ahead. */
const releaseHeld = (
  held: HeldPrivate | null,
  seq: number,
): Partial<Pick<MeetingSlice, 'me' | 'privateSeq' | 'heldPrivate'>> => {
  if (held === null || held.seq > seq) return {};
  return { me: held.me, privateSeq: held.seq, heldPrivate: null };
};

/** A snapshot or sync answer as of `seq` replaces a held view that is not newer. */
const keepHeldBeyond = (held: HeldPrivate | null, seq: number): HeldPrivate | null =>
  held !== null && held.seq > seq ? held : null;

export const createMeetingSlice: StateCreator<MeetingSlice> = (set, get) => ({
  ...EMPTY,
  setNextTimebox: (minutes) => set({ nextTimeboxMinutes: minutes }),
  applySnapshot: (snapshot) =>
    set({
      view: snapshot.view,
      me: snapshot.me,
      seq: snapshot.seq,
      privateSeq: snapshot.seq,
      heldPrivate: keepHeldBeyond(get().heldPrivate, snapshot.seq),
      online: snapshot.online,
    }),
  receivePatch: (patch) => {
    const { view, seq } = get();
    if (view === null) return 'gap';
    if (patch.to <= seq) return 'stale';
    if (patch.from !== seq) return 'gap';
    set({
      view: applyPatch(view, patch.ops),
      seq: patch.to,
      ...releaseHeld(get().heldPrivate, patch.to),
    });
    return 'applied';
  },
  applyPrivate: (seq, me) => {
    const { privateSeq, seq: viewSeq, heldPrivate } = get();
    if (seq < privateSeq || (heldPrivate !== null && seq < heldPrivate.seq)) return;
    if (seq > viewSeq) set({ heldPrivate: { seq, me } });
    else set({ me, privateSeq: seq, heldPrivate: null });
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
      heldPrivate: keepHeldBeyond(get().heldPrivate, get().seq),
    });
    return result;
  },
  setOnline: (online) => set({ online }),
  clearMeeting: () => set(EMPTY),
});
