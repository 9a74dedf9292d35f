import type { MessageKey } from '../../i18n/translate.js';

/** Every keyboard shortcut, as listed behind `?`. */
export const SHORTCUTS = [
  { key: '?', label: 'shortcuts.help', moderatorOnly: false },
  { key: 'n', label: 'shortcuts.nextPhase', moderatorOnly: true },
  { key: 'p', label: 'shortcuts.pause', moderatorOnly: true },
  { key: '+', label: 'shortcuts.extend', moderatorOnly: true },
  { key: 'r', label: 'shortcuts.nextSpeaker', moderatorOnly: true },
] as const satisfies readonly { key: string; label: MessageKey; moderatorOnly: boolean }[];

export type ShortcutKey = (typeof SHORTCUTS)[number]['key'];
