/**
 * The meeting every room plays, step by step: everyone joins, proposes a topic and places a
 * burst of dots; the facilitator steers the phases, starts the timer, types a note and pauses
 * and resumes the timer. A step's commands are built when it starts (so they can use ids that
 * earlier steps created) and all are acknowledged and delivered before the next step begins.
 */
import { randomUUID } from 'node:crypto';
import { type Command, LIMITS, type Phase } from '@percolate/shared';
import type { ConnectedRoom } from './benchClient.js';

export interface PlannedCommand {
  /** Index of the sending client in the room; 0 is the facilitator. */
  client: number;
  command: Command;
}

export interface ScriptStep {
  name: string;
  commands(room: ConnectedRoom): PlannedCommand[];
}

export interface ScriptOptions {
  dotsPerParticipant: number;
  noteEdits: number;
}

export const FACILITATOR = 0;
export const id = () => randomUUID();
export const byFacilitator = (command: Command): PlannedCommand[] => [
  { client: FACILITATOR, command },
];
const byEveryone = (room: ConnectedRoom, make: (index: number) => Command): PlannedCommand[] =>
  room.clients.map((_, index) => ({ client: index, command: make(index) }));
export const setPhase = (name: string, phase: Phase): ScriptStep => ({
  name,
  commands: () => byFacilitator({ id: id(), type: 'phase:set', phase }),
});
export const requireId = (value: string | undefined, what: string): string => {
  if (value === undefined) throw new Error(`the room has no ${what} yet`);
  return value;
};
export const NOTE =
  'We agreed to share the onboarding checklist with every city before the next meeting';
/** The name the room's client at this index joins with (how the bench finds its participant). */
export const participantName = (index: number) => `Participant ${index + 1}`;
/** The facilitator's note, typed in `edits` steps. */
export const noteEdit = (edit: number, edits: number) =>
  NOTE.slice(0, Math.ceil((NOTE.length * (edit + 1)) / edits));

export const joinStep: ScriptStep = {
  name: 'join',
  commands: (room) =>
    byEveryone(room, (index) => ({
      id: id(),
      type: 'participant:join',
      name: participantName(index),
    })),
};
/** Everyone proposes a topic, up to the meeting's limit (a room of 500 stops at 200). */
export const proposeStep: ScriptStep = {
  name: 'propose',
  commands: (room) =>
    byEveryone(room, (index) => ({
      id: id(),
      type: 'topic:propose',
      title: `How does team ${index + 1} onboard new colleagues remotely?`,
      description: 'Experiences, templates and what did not work.',
    })).slice(0, LIMITS.maxTopics),
};
/** The dot `dot` of the client at `index`, among the topics it may vote on. */
export const dotTopic = (topics: string[], index: number, dot: number): string =>
  requireId(topics[(index + dot * 7) % topics.length], 'topic');

export const meetingScript = ({ dotsPerParticipant, noteEdits }: ScriptOptions): ScriptStep[] => [
  joinStep,
  setPhase('open proposals', 'propose'),
  proposeStep,
  setPhase('open voting', 'vote'),
  {
    name: 'dots',
    commands: (room) => {
      const topics = room.ids.topicIds();
      return room.clients.flatMap((_, index) =>
        Array.from({ length: dotsPerParticipant }, (_, dot) => ({
          client: index,
          command: {
            id: id(),
            type: 'vote:cast',
            topicId: dotTopic(topics, index, dot),
          } satisfies Command,
        })),
      );
    },
  },
  { name: 'close voting', commands: () => byFacilitator({ id: id(), type: 'vote:close' }) },
  setPhase('open discussion', 'discuss'),
  {
    name: 'start timer',
    commands: (room) =>
      byFacilitator({
        id: id(),
        type: 'discussion:start',
        topicId: requireId(room.ids.firstQueuedTopicId(), 'queued topic'),
      }),
  },
  {
    name: 'add note',
    commands: (room) =>
      byFacilitator({
        id: id(),
        type: 'item:add',
        topicId: requireId(room.ids.discussedTopicId(), 'topic under discussion'),
        kind: 'note',
        text: NOTE.slice(0, 8),
      }),
  },
  {
    name: 'type note',
    commands: (room) => {
      const itemId = requireId(room.ids.lastItemId(), 'note');
      return Array.from({ length: noteEdits }, (_, edit) => ({
        client: FACILITATOR,
        command: {
          id: id(),
          type: 'item:edit',
          itemId,
          text: noteEdit(edit, noteEdits),
        } satisfies Command,
      }));
    },
  },
  { name: 'pause timer', commands: () => byFacilitator({ id: id(), type: 'timer:pause' }) },
  { name: 'resume timer', commands: () => byFacilitator({ id: id(), type: 'timer:resume' }) },
];
