/**
 * The tables in the public view: names, hosts, where each talks, who sits where, and each table's
 * glance (current topic, timer, continue tally). It carries no dots, authors or round lines, so
 * the privacy of the rest of the view holds at every table.
 */
import { tallyContinueVote } from './continueVote.js';
import type { Discussion, MeetingState, TablesState } from './model.js';
import { peopleAt, tablesInOrder } from './tables.js';
import type { PublicDiscussionView, PublicTablesView } from './view.js';

export const publicDiscussion = (discussion: Discussion | null): PublicDiscussionView | null =>
  discussion
    ? {
        topicId: discussion.topicId,
        round: discussion.round,
        timer: { ...discussion.timer },
        timeboxMs: discussion.timeboxMs,
        continueVote: discussion.continueVote
          ? {
              openedAt: discussion.continueVote.openedAt,
              tally: tallyContinueVote(discussion.continueVote),
              voters: Object.keys(discussion.continueVote.votes).length,
            }
          : null,
      }
    : null;

const views = new WeakMap<TablesState, PublicTablesView>();

/** Made once per tables state (untouched by dots, topics and the plenary's discussion). */
export const publicTables = (state: MeetingState): PublicTablesView | null => {
  const tables = state.tables;
  if (!tables) return null;
  const known = views.get(tables);
  if (known) return known;
  const view: PublicTablesView = {
    mode: tables.mode,
    assignment: tables.assignment,
    sizeLimit: tables.sizeLimit,
    tables: tablesInOrder(tables).map((table) => ({
      id: table.id,
      name: table.name,
      title: table.title,
      hostId: table.hostId,
      whereWeTalk: table.whereWeTalk,
      people: peopleAt(tables, table.id),
      queue: [...table.queue],
      discussion: publicDiscussion(table.discussion),
      votingClosed: table.votingClosed,
      harvest: table.harvest,
    })),
    timeCall: tables.timeCall ? { ...tables.timeCall } : null,
    rejoinedAt: tables.rejoinedAt,
  };
  views.set(tables, view);
  return view;
};
