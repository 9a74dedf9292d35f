/** What moderators may change in a running meeting's settings, and when the dots may be reset. */
import { type MeetingState, Phase, type Settings } from './model.js';
import { anyDotCast, changesDotRules } from './votes.js';

/** Why a change of settings is refused. */
export type SettingsRefusal = 'dotsCast' | 'anonymityPromised' | 'tooLateToResetDots';

/** Before the discussion takes its order from the dots, everyone may be asked to vote again. */
const DOT_RESET_PHASES: readonly Phase[] = [Phase.Lobby, Phase.Checkin, Phase.Propose, Phase.Vote];

export const mayResetDots = (phase: Phase): boolean => DOT_RESET_PHASES.includes(phase);

/**
 * The first reason `next` may not replace the meeting's settings now, or null. The dot rules are
 * fixed once a dot is placed, unless the same change resets everyone's dots; anonymity, once
 * promised to the authors of proposed topics, is never withdrawn.
 */
export const settingsRefusal = (
  state: MeetingState,
  next: Settings,
  resetDots: boolean,
): SettingsRefusal | null => {
  if (resetDots && !mayResetDots(state.phase)) return 'tooLateToResetDots';
  if (!resetDots && changesDotRules(state.settings, next) && anyDotCast(state)) return 'dotsCast';
  const topicsProposed = Object.keys(state.topics).length > 0;
  if (state.settings.anonymousTopics && !next.anonymousTopics && topicsProposed) {
    return 'anonymityPromised';
  }
  return null;
};

/** The settings that differ, in the order Settings lists them: what people are told changed. */
export const changedSettings = (before: Settings, after: Settings): (keyof Settings)[] =>
  (Object.keys(after) as (keyof Settings)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
