/**
 * Single-key shortcuts must not fire for someone who is typing (WCAG 2.1.4). Typing is a key in a
 * text field, or a printable key that is no shortcut pressed where it does nothing (focus on the
 * page or a heading, e.g. right after a form was sent). Either pauses every shortcut for
 * TYPING_PAUSE_MS after the last such key, so "Termin nennen" typed into nowhere moves nothing.
 */
export const TYPING_PAUSE_MS = 5_000;

const CONTROLS =
  'button, a[href], summary, select, input, [role="button"], [role="radio"], [role="checkbox"], [role="tab"], [role="menuitem"]';
const NOT_TYPED_IN = ['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'];

export const isTextField = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !NOT_TYPED_IN.includes(target.type);
};

const isControl = (target: EventTarget | null): boolean =>
  target instanceof Element && target.matches(CONTROLS);

let lastTypedAt = Number.NEGATIVE_INFINITY;
let listening = false;
/** The keys that are a shortcut right now, with how many controls use each. */
const shortcutKeys = new Map<string, number>();

const noteTyping = (event: KeyboardEvent) => {
  const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
  const intoNowhere = printable && !shortcutKeys.has(event.key) && !isControl(event.target);
  if (isTextField(event.target) || intoNowhere) lastTypedAt = performance.now();
};

/**
 * Makes `key` a shortcut, which never counts as typing, until the returned function is called;
 * the first call starts watching keys for the page.
 */
export const registerShortcutKey = (key: string): (() => void) => {
  shortcutKeys.set(key, (shortcutKeys.get(key) ?? 0) + 1);
  if (!listening) {
    listening = true;
    window.addEventListener('keydown', noteTyping, { capture: true });
  }
  return () => {
    const count = (shortcutKeys.get(key) ?? 1) - 1;
    if (count === 0) shortcutKeys.delete(key);
    else shortcutKeys.set(key, count);
  };
};

export const typedRecently = (): boolean => performance.now() - lastTypedAt < TYPING_PAUSE_MS;
