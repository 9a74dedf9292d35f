/**
 * A realistic Lean Coffee of a Community of Practice, on Monday 23 November 2026 from 10:00 to
 * 11:00 in Berlin (09:00–10:00 UTC): six participants, a check-in round with one private line,
 * six topics of which one is merged, dots, two topics discussed (one paused, then extended after
 * a thumbs-up vote; one extended by the facilitator and stopped early), notes, decisions, action
 * items, three topics left undiscussed, a closing round and a summary.
 */
import type { MinutesLocale } from '@percolate/shared';
import { EventLog, MINUTE, runningTimer } from './eventLog.js';

/** A time on the meeting day, in UTC. */
export const utc = (hour: number, minute: number, second = 0): number =>
  Date.UTC(2026, 10, 23, hour, minute, second);

const TEXT = {
  en: {
    title: 'CoP Personnel Development, Q4 2026',
    checkin: {
      anna: 'Glad to see everyone; our budget round is finally done.',
      ben: 'Busy with the new onboarding concept.',
      carla: 'Preparing the staff survey and curious about your experiences.',
      deniz: 'Reorganisation in my department, quite stressful.',
      eva: 'Just back from parental leave.',
      frank: 'Two colleagues left, we are short-staffed.',
    },
    topics: {
      t1: ['Onboarding remotely: what works?', 'Experiences with digital first days.'],
      t2: ['Staff survey 2027', 'Which questions, which tool, who evaluates?'],
      t3: ['Working Out Loud circles: the next round', ''],
      t4: ['Competence models for IT roles', ''],
      t5: [
        'Mentoring across municipalities',
        'Could we pair mentors and mentees between our cities?',
      ],
      t6: ['Employee surveys: tools compared', ''],
    },
    items: {
      gdpr: 'The survey tool must be hosted in Germany (GDPR).',
      core: 'We draft a shared core questionnaire of 20 questions.',
      collect: 'Collect the questionnaires we already use',
      buddy: 'A buddy from another team works best.\nFirst-day video calls need a fixed agenda.',
      draft: 'draft',
      checklist: 'Share the onboarding checklist',
    },
    closing: {
      ben: 'Good ideas on onboarding, thanks!',
      eva: 'Happy to join the survey working group.',
    },
    summary:
      'Two topics discussed. The staff survey continues as a working group.\nNext meeting in February, facilitated by Ben.',
  },
  de: {
    title: 'CoP Personalentwicklung, Q4 2026',
    checkin: {
      anna: 'Schön, euch zu sehen; unsere Haushaltsrunde ist endlich durch.',
      ben: 'Stecke im neuen Onboarding-Konzept.',
      carla: 'Bereite die Mitarbeitendenbefragung vor und bin gespannt auf eure Erfahrungen.',
      deniz: 'Umorganisation in meinem Amt, ziemlich anstrengend.',
      eva: 'Gerade aus der Elternzeit zurück.',
      frank: 'Zwei Kolleginnen sind gegangen, wir sind unterbesetzt.',
    },
    topics: {
      t1: [
        'Onboarding aus der Ferne: Was funktioniert?',
        'Erfahrungen mit digitalen ersten Tagen.',
      ],
      t2: ['Mitarbeitendenbefragung 2027', 'Welche Fragen, welches Werkzeug, wer wertet aus?'],
      t3: ['Working-Out-Loud-Circles: die nächste Runde', ''],
      t4: ['Kompetenzmodelle für IT-Rollen', ''],
      t5: [
        'Mentoring über Kommunen hinweg',
        'Könnten wir Tandems zwischen unseren Städten bilden?',
      ],
      t6: ['Befragungswerkzeuge im Vergleich', ''],
    },
    items: {
      gdpr: 'Das Befragungswerkzeug muss in Deutschland gehostet sein (DSGVO).',
      core: 'Wir entwerfen einen gemeinsamen Kernfragebogen mit 20 Fragen.',
      collect: 'Vorhandene Fragebögen sammeln',
      buddy:
        'Eine Patin aus einem anderen Team hilft am meisten.\nVideocalls am ersten Tag brauchen eine feste Agenda.',
      draft: 'Entwurf',
      checklist: 'Onboarding-Checkliste teilen',
    },
    closing: {
      ben: 'Gute Ideen zum Onboarding, danke!',
      eva: 'Ich mache gern in der AG Befragung mit.',
    },
    summary:
      'Zwei Themen besprochen. Die Mitarbeitendenbefragung geht als Arbeitsgruppe weiter.\nNächstes Treffen im Februar, moderiert von Ben.',
  },
} as const satisfies Record<MinutesLocale, unknown>;

export const realisticMeeting = (locale: MinutesLocale): EventLog => {
  const t = TEXT[locale];
  const log = new EventLog(Date.UTC(2026, 10, 16, 8, 0));
  const topic = (id: keyof typeof t.topics, author: string) =>
    log.propose(id, author, t.topics[id][0], t.topics[id][1]);

  log
    .create('cop-q4', t.title, { locale, timeZone: 'Europe/Berlin' })
    .join('anna', 'Anna Fischer', 'facilitator');
  log.wait(24 * 60 * MINUTE);
  topic('t5', 'anna');

  log.at(utc(8, 57));
  for (const [id, name] of [
    ['ben', 'Ben Okafor'],
    ['carla', 'Carla Jung'],
    ['deniz', 'Deniz Y.'],
    ['eva', 'Eva Schmidt'],
    ['frank', 'Frank Weber'],
  ] as const) {
    log.wait(20_000).join(id, name);
  }
  log.add({ type: 'participant:renamed', participantId: 'deniz', name: 'Deniz Yılmaz' });

  log.at(utc(9, 0)).phase('lobby', 'checkin');
  const order = ['anna', 'ben', 'carla', 'deniz', 'eva', 'frank'];
  log.add({ type: 'round:started', round: 'checkin', order, timer: null });
  const moods = {
    anna: 'sunny',
    ben: 'cloudy',
    carla: 'partly',
    deniz: 'stormy',
    eva: null,
    frank: 'rainy',
  } as const;
  for (const [i, id] of order.entries()) {
    const participantId = id as keyof typeof moods;
    log.wait(MINUTE).add({
      type: 'round:posted',
      round: 'checkin',
      participantId,
      text: t.checkin[participantId],
      mood: moods[participantId],
      private: participantId === 'deniz',
    });
    if (i < order.length - 1) log.add({ type: 'round:advanced', index: i + 1, timer: null });
  }
  log.add({ type: 'round:ended' });
  log.wait(MINUTE).add({ type: 'role:changed', participantId: 'carla', role: 'cofacilitator' });

  log.at(utc(9, 12)).phase('checkin', 'propose');
  for (const [id, author] of [
    ['t1', 'ben'],
    ['t2', 'carla'],
    ['t3', 'eva'],
    ['t4', 'frank'],
    ['t6', 'deniz'],
  ] as const) {
    log.wait(40_000);
    topic(id, author);
  }

  log.at(utc(9, 18)).phase('propose', 'vote');
  log
    .wait(MINUTE)
    .dots(
      ['anna', 't2'],
      ['anna', 't5'],
      ['anna', 't1'],
      ['ben', 't1'],
      ['ben', 't1'],
      ['ben', 't2'],
      ['carla', 't2'],
      ['carla', 't2'],
      ['carla', 't6'],
      ['deniz', 't6'],
      ['deniz', 't4'],
      ['deniz', 't2'],
      ['eva', 't3'],
      ['eva', 't1'],
      ['eva', 't5'],
      ['frank', 't4'],
      ['frank', 't3'],
      ['frank', 't2'],
    );
  log.at(utc(9, 23)).add({
    type: 'topic:merged',
    sourceId: 't6',
    targetId: 't2',
    moved: { carla: 1, deniz: 1 },
    refunded: {},
  });
  log.at(utc(9, 24)).add({ type: 'vote:closed', queue: ['t2', 't1', 't5', 't3', 't4'] });
  log.at(utc(9, 25)).phase('vote', 'discuss');

  // t2: paused for two minutes, time up after 8 minutes of talk, a thumbs-up vote, 4 more minutes.
  log.start('t2', 8);
  log.at(utc(9, 28)).add({ type: 'timer:paused', remainingMs: 5 * MINUTE });
  log.at(utc(9, 30)).add({ type: 'timer:resumed', timer: runningTimer(utc(9, 30), 5) });
  log.at(utc(9, 33)).item('i1', 't2', 'note', t.items.gdpr, 'carla');
  log.at(utc(9, 35)).add({ type: 'timer:expired', topicId: 't2', reason: 'elapsed' });
  const vote = (choices: Record<string, 'up' | 'sideways' | 'down'>) => {
    for (const [participantId, choice] of Object.entries(choices)) {
      log.wait(5_000).add({ type: 'continue:voted', participantId, choice });
    }
  };
  vote({ anna: 'up', ben: 'up', carla: 'up', deniz: 'up', eva: 'sideways', frank: 'down' });
  log.at(utc(9, 36)).add({
    type: 'discussion:continued',
    topicId: 't2',
    round: 1,
    timer: runningTimer(utc(9, 36), 4),
    tally: { up: 4, sideways: 1, down: 1 },
    overridden: false,
  });
  log.at(utc(9, 38)).item('i2', 't2', 'decision', t.items.core, 'anna');
  log.at(utc(9, 39)).item('i3', 't2', 'action', t.items.collect, 'anna', {
    owner: 'Carla Jung',
    due: '2026-12-15',
  });
  log.at(utc(9, 40)).add({ type: 'timer:expired', topicId: 't2', reason: 'elapsed' });
  vote({ anna: 'down', ben: 'down', carla: 'up', deniz: 'down', eva: 'sideways', frank: 'down' });
  log.at(utc(9, 41)).add({
    type: 'discussion:closed',
    topicId: 't2',
    tally: { up: 1, sideways: 1, down: 4 },
    overridden: false,
  });

  // t1: the facilitator adds two minutes, then stops the timer early; the group moves on.
  log.at(utc(9, 42)).start('t1', 8);
  log.at(utc(9, 45)).add({ type: 'participant:left', participantId: 'frank' });
  log.at(utc(9, 46)).item('i4', 't1', 'note', t.items.buddy, 'eva');
  log.at(utc(9, 47)).add({ type: 'timer:extended', timer: runningTimer(utc(9, 47), 5) });
  log.at(utc(9, 48)).item('i5', 't1', 'action', t.items.draft, 'ben');
  log.wait(30_000).add({
    type: 'item:edited',
    itemId: 'i5',
    kind: 'action',
    text: t.items.checklist,
    owner: 'Ben Okafor',
    due: '2026-12-01',
  });
  log.item('i6', 't1', 'note', t.items.draft, 'ben');
  log.wait(10_000).add({ type: 'item:deleted', itemId: 'i6' });
  log.at(utc(9, 50)).add({ type: 'timer:expired', topicId: 't1', reason: 'stopped' });
  vote({ anna: 'sideways', ben: 'down', carla: 'down', deniz: 'sideways', eva: 'down' });
  log.at(utc(9, 51)).add({
    type: 'discussion:closed',
    topicId: 't1',
    tally: { up: 0, sideways: 2, down: 3 },
    overridden: false,
  });

  log.at(utc(9, 52)).phase('discuss', 'wrapup');
  log.wait(MINUTE).add({
    type: 'round:posted',
    round: 'closing',
    participantId: 'ben',
    text: t.closing.ben,
    mood: null,
    private: false,
  });
  log.wait(MINUTE).add({
    type: 'round:posted',
    round: 'closing',
    participantId: 'eva',
    text: t.closing.eva,
    mood: 'sunny',
    private: false,
  });
  log.at(utc(9, 56)).add({ type: 'summary:set', text: t.summary });
  log
    .at(utc(10, 0))
    .add({ type: 'phase:changed', from: 'wrapup', to: 'ended' }, { type: 'meeting:ended' });
  return log;
};
