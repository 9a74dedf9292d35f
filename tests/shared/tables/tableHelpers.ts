/** Builders for the table tests: a meeting split into tables, and who sits where. */
import type { SettingsPatch, TableAssignment, TableMode } from '@percolate/shared';
import { meeting, type TestMeeting } from '../../helpers/builders.js';

export interface SplitOptions {
  participants?: number;
  count?: number;
  mode?: TableMode;
  assignment?: TableAssignment;
  sizeLimit?: number | null;
  topics?: string[];
  phase?: 'lobby' | 'propose' | 'discuss';
  settings?: SettingsPatch;
}

/** A meeting split into tables by the facilitator; returns the meeting and its table ids in order. */
export const splitMeeting = ({
  participants = 6,
  count = 2,
  mode = 'shared',
  assignment = 'balanced',
  sizeLimit = null,
  topics = [],
  phase = 'discuss',
  settings,
}: SplitOptions = {}): { m: TestMeeting; tables: string[]; topicIds: string[] } => {
  const { m, topicIds } = meeting({
    participants,
    phase,
    topics,
    ...(settings ? { settings } : {}),
  });
  m.ok('facilitator', { type: 'tables:split', count, mode, assignment, sizeLimit });
  return { m, tables: m.state.tables?.order ?? [], topicIds };
};

/** The names (p1, p2, …) sitting at a table. */
export const namesAt = (m: TestMeeting, tableId: string, participants: number): string[] =>
  Array.from({ length: participants }, (_, i) => `p${i + 1}`).filter(
    (name) => m.state.tables?.seating[m.id(name)] === tableId,
  );

/** Seats a name at a table as the facilitator. */
export const seat = (m: TestMeeting, name: string, tableId: string): void => {
  m.ok('facilitator', { type: 'tables:seat', participantId: m.id(name), tableId });
};
