/**
 * A Lean Coffee a community scheduled, on Monday 7 December 2026 from 17:00 to 18:00 in Berlin:
 * it reviews three open actions of earlier meetings (one done, one carried on, one not reviewed),
 * discusses a topic pulled from the backlog and leaves another backlog topic undiscussed.
 */
import {
  DEFAULT_SETTINGS,
  type MinutesLocale,
  type OpenAction,
  type TopicOrigin,
} from '@percolate/shared';
import { EventLog, MINUTE } from './eventLog.js';

const at = (hour: number, minute: number) => Date.UTC(2026, 11, 7, hour, minute);

const TEXT = {
  en: {
    title: 'HR CoP #3',
    earlier: ['HR CoP #1', 'HR CoP #2'],
    actions: ['Share the onboarding checklist', 'Ask IT about the survey tool', 'Book a room'],
    topics: ['Hybrid meetings', 'Mentoring for new leads', 'Feedback culture'],
  },
  de: {
    title: 'HR-CoP #3',
    earlier: ['HR-CoP #1', 'HR-CoP #2'],
    actions: ['Onboarding-Checkliste teilen', 'IT nach dem Umfragetool fragen', 'Raum buchen'],
    topics: ['Hybride Besprechungen', 'Mentoring für neue Führungskräfte', 'Feedbackkultur'],
  },
} as const;

export const communityMeeting = (locale: MinutesLocale): EventLog => {
  const t = TEXT[locale];
  const [first, second] = t.earlier;
  const action = (
    id: string,
    index: 0 | 1 | 2,
    owner: string | null,
    due: string | null,
  ): OpenAction => ({
    id,
    text: t.actions[index],
    owner,
    due,
    meetingId: index === 0 ? 'cop1' : 'cop2',
    meetingTitle: index === 0 ? first : second,
    createdAt: Date.UTC(2026, 9, 5, 16, 30),
  });
  const origin = (backlogTopicId: string, history: TopicOrigin['history']): TopicOrigin => ({
    backlogTopicId,
    proposedAt: Date.UTC(2026, 9, 1, 12, 0),
    proposedByName: backlogTopicId === 'b1' ? 'Anna Fischer' : null,
    history,
  });

  const log = new EventLog(Date.UTC(2026, 10, 20, 9, 0));
  log.add({
    type: 'meeting:created',
    meetingId: 'cop3',
    title: t.title,
    settings: { ...DEFAULT_SETTINGS, locale, preVoting: true },
    community: { id: 'hr', name: 'HR CoP' },
  });
  log.add({
    type: 'actions:imported',
    actions: [
      action('a1', 0, 'Ben Okafor', '2026-11-30'),
      action('a2', 1, null, null),
      action('a3', 2, 'Carla Jung', null),
    ],
  });
  log.add(
    {
      type: 'topic:imported',
      topicId: 'b1',
      title: t.topics[0],
      description: '',
      origin: origin('b1', [{ meetingId: 'cop2', meetingTitle: second, dots: 4 }]),
    },
    {
      type: 'topic:imported',
      topicId: 'b2',
      title: t.topics[1],
      description: '',
      origin: origin('b2', [
        { meetingId: 'cop1', meetingTitle: first, dots: null },
        { meetingId: 'cop2', meetingTitle: second, dots: 1 },
      ]),
    },
  );
  log.at(at(15, 58)).join('anna', 'Anna Fischer', 'facilitator').join('ben', 'Ben Okafor');
  log.propose('t3', 'ben', t.topics[2]).dots(['ben', 'b1'], ['anna', 'b1'], ['ben', 't3']);
  log.at(at(16, 0)).phase('lobby', 'checkin');
  log.add({ type: 'action:reviewed', actionId: 'a1', status: 'done' });
  log.add({ type: 'action:reviewed', actionId: 'a2', status: 'carried' });
  log.at(at(16, 5)).phase('checkin', 'propose').phase('propose', 'vote');
  log.add({ type: 'vote:closed', queue: ['b1', 't3', 'b2'] });
  log.phase('vote', 'discuss').start('b1', 8);
  log
    .wait(8 * MINUTE)
    .add({ type: 'discussion:closed', topicId: 'b1', tally: null, overridden: false });
  log.start('t3', 8);
  log
    .wait(8 * MINUTE)
    .add({ type: 'discussion:closed', topicId: 't3', tally: null, overridden: false });
  log.at(at(17, 0)).phase('discuss', 'ended').add({ type: 'meeting:ended' });
  return log;
};
