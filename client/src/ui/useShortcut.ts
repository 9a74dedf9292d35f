import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/StoreContext.js';
import { isTextField, registerShortcutKey, typedRecently } from './typingPause.js';

const insideDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog[open]') !== null;

/**
 * Runs `handler` when `key` is pressed without Ctrl, Alt or Meta, unless this browser turned
 * shortcuts off or the person is typing (see typingPause.ts).
 */
export const useShortcut = (key: string, handler: (() => void) | null) => {
  const latest = useRef(handler);
  latest.current = handler;
  const shortcutsOn = useAppStore((state) => state.shortcuts);
  const enabled = handler !== null && shortcutsOn;

  useEffect(() => {
    if (!enabled) return;
    const unregister = registerShortcutKey(key);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTextField(event.target) || insideDialog(event.target)) return;
      if (event.target instanceof HTMLSelectElement || typedRecently()) return;
      event.preventDefault();
      latest.current?.();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unregister();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [key, enabled]);
};
