/**
 * What people read on screen, in the two languages, written out by hand on purpose: the test
 * checks what a person sees, so it does not borrow the app's own catalogues.
 */
export const WORDS = {
  en: {
    phases: {
      lobby: 'Before the start',
      checkin: 'Check-in',
      propose: 'Topics',
      vote: 'Vote',
      discuss: 'Discuss',
      wrapup: 'Wrap-up',
    },
    phaseNav: 'Meeting phases',
    nextPhase: (phase: string) => `Next: ${phase}`,
    name: 'Your name',
    join: 'Join',
    joinCode: 'Join code',
    continue: 'Continue',
    checkinPrompt: 'Your check-in',
    closingPrompt: 'Your closing line',
    post: 'Post',
    topic: 'Topic',
    addTopic: 'Add topic',
    voteList: 'Topics to vote on',
    addDot: (title: string) => `Add a dot to ‘${title}’`,
    dotsLeft: (left: number, total: number) => `${left} of ${total} dots left`,
    myDots: (count: number) => `you: ${count} ${count === 1 ? 'dot' : 'dots'}`,
    timeLeftFor: (title: string) => `Time left for ‘${title}’`,
    continueQuestion: 'More time for this topic?',
    thumbsUp: 'More time',
    ownerIs: (name: string) => `Owner: ${name}`,
    ended: 'This meeting has ended',
    toMinutes: 'Read the minutes',
    minutes: 'Minutes',
  },
  de: {
    phases: {
      lobby: 'Vor dem Start',
      checkin: 'Check-in',
      propose: 'Themen',
      vote: 'Abstimmen',
      discuss: 'Diskutieren',
      wrapup: 'Abschluss',
    },
    phaseNav: 'Phasen des Treffens',
    nextPhase: (phase: string) => `Weiter: ${phase}`,
    name: 'Ihr Name',
    join: 'Teilnehmen',
    joinCode: 'Teilnahmecode',
    continue: 'Weiter',
    checkinPrompt: 'Ihr Check-in',
    closingPrompt: 'Ihre Schlusszeile',
    post: 'Senden',
    topic: 'Thema',
    addTopic: 'Thema hinzufügen',
    voteList: 'Themen zur Abstimmung',
    addDot: (title: string) => `Einen Punkt auf „${title}“ setzen`,
    dotsLeft: (left: number, total: number) => `${left} von ${total} Punkten übrig`,
    myDots: (count: number) => `Sie: ${count} ${count === 1 ? 'Punkt' : 'Punkte'}`,
    timeLeftFor: (title: string) => `Restzeit für „${title}“`,
    continueQuestion: 'Mehr Zeit für dieses Thema?',
    thumbsUp: 'Mehr Zeit',
    ownerIs: (name: string) => `Verantwortlich: ${name}`,
    ended: 'Dieses Treffen ist beendet',
    toMinutes: 'Protokoll lesen',
    minutes: 'Protokoll',
  },
} as const;

export type Language = keyof typeof WORDS;
export type Words = (typeof WORDS)[Language];
export type PhaseName = keyof Words['phases'];
