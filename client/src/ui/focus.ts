/**
 * Keeps keyboard focus somewhere sensible. Most actions re-render or remove the control that was
 * pressed (a button that turns into a status, a panel that closes, a new page); the browser then
 * drops focus on <body> and a keyboard user has to Tab from the top again. Two tools:
 * - requestFocus(name): the control says where focus should go after its action; the element
 *   marked data-focus-target=name takes it once focus got lost, or when it shows new content
 *   (useFocusTarget).
 * - The rescue: whenever focus has fallen to <body>, it goes back to the pressed control if that
 *   is still there (re-enabled after a pending request), else to a requested target, else to the
 *   nearest control in what is left of the pressed control's surroundings, else the page's h1.
 */
import { type RefObject, useLayoutEffect, useRef } from 'react';

const REQUEST_LIFETIME_MS = 10_000;
const TABBABLE =
  'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** `origin`: what had focus when the control asked (the control itself, as a rule). */
let request: { name: string; at: number; origin: Element | null } | null = null;

export const requestFocus = (name: string): void => {
  request = { name, at: performance.now(), origin: document.activeElement };
};

const requested = (): string | null =>
  request && performance.now() - request.at <= REQUEST_LIFETIME_MS ? request.name : null;

const takeRequest = (name: string): boolean => {
  if (requested() !== name) return false;
  request = null;
  return true;
};

const isShown = (element: Element): boolean =>
  element instanceof HTMLElement && element.getClientRects().length > 0;

const firstTabbable = (container: Element): HTMLElement | null =>
  [...container.querySelectorAll<HTMLElement>(TABBABLE)].find(isShown) ?? null;

/** The element itself if it takes focus, else its first visible control. */
const focusInto = (element: HTMLElement): boolean => {
  const target =
    element.matches(TABBABLE) || element.hasAttribute('tabindex')
      ? element
      : firstTabbable(element);
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
};

const focusPageHeading = () => {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  } else {
    document.querySelector<HTMLElement>('main')?.focus();
  }
};

/** A request disables its button while it is pending; focus waits that long for it to return. */
const PENDING_WAIT_MS = 1_500;

let lastFocused: HTMLElement | null = null;
let lastAncestors: HTMLElement[] = [];
let waitingSince: number | null = null;

const rememberFocus = (event: FocusEvent) => {
  if (!(event.target instanceof HTMLElement)) return;
  lastFocused = event.target;
  waitingSince = null;
  lastAncestors = [];
  for (let node = event.target.parentElement; node; node = node.parentElement) {
    lastAncestors.push(node);
  }
};

const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/** Focus left a control that is still there and usable: the person moved it away on purpose. */
const forgetDeliberateBlur = (event: FocusEvent) => {
  const left = event.target;
  setTimeout(() => {
    if (left === lastFocused && focusLost() && left instanceof HTMLElement && usable(left)) {
      lastFocused = null;
    }
  });
};

const usable = (element: HTMLElement) =>
  element.isConnected && isShown(element) && !element.matches(':disabled');

const rescue = () => {
  const pressed = lastFocused;
  if (!focusLost() || !pressed) return;
  if (usable(pressed)) {
    pressed.focus();
    return;
  }
  if (pressed.isConnected && isShown(pressed)) {
    const now = performance.now();
    waitingSince ??= now;
    if (now - waitingSince < PENDING_WAIT_MS) {
      setTimeout(rescue, PENDING_WAIT_MS);
      return;
    }
  }
  // A request whose target is not there yet stays for it (useFocusTarget takes it on arrival).
  const name = requested();
  const target = name ? document.querySelector<HTMLElement>(`[data-focus-target="${name}"]`) : null;
  if (name && target && focusInto(target)) {
    takeRequest(name);
    return;
  }
  for (const ancestor of lastAncestors) {
    // Not beyond the phase's or the bar's surroundings: the page's first control is no answer.
    if (ancestor.querySelector('main') || ancestor.tagName === 'MAIN') break;
    if (!ancestor.isConnected) continue;
    // A container whose whole content was replaced under the person (the phase moved on while
    // they typed) names a heading to land on, so their next keys do not go into a new form.
    const fallback = ancestor.dataset.focusFallback;
    const control = fallback ? document.getElementById(fallback) : firstTabbable(ancestor);
    if (control) {
      control.focus();
      return;
    }
  }
  focusPageHeading();
};

let installed = false;

/** Installs the rescue once for the page. */
export const installFocusRescue = (): void => {
  if (installed || typeof MutationObserver === 'undefined') return;
  installed = true;
  document.addEventListener('focusin', rememberFocus);
  document.addEventListener('focusout', forgetDeliberateBlur);
  new MutationObserver(rescue).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden'],
  });
};

/**
 * Props that mark an element as the focus target `name`. When it appears, or its `content`
 * changes (a new phase, a new link), while focus was requested for it, it takes focus at once.
 */
export const useFocusTarget = <T extends HTMLElement>(
  name: string,
  content?: unknown,
): { ref: RefObject<T | null>; 'data-focus-target': string } => {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    // Only while focus is lost or still where the person asked: once they went on elsewhere (the
    // command failed, they moved on), a target arriving later must not pull focus away.
    const stillAsking = focusLost() || document.activeElement === request?.origin;
    if (element && content !== null && stillAsking && takeRequest(name)) focusInto(element);
  }, [name, content]);
  return { ref, 'data-focus-target': name };
};
