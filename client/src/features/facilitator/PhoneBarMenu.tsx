import { type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { MenuIcon } from '../../ui/icons.js';

const inDialog = (target: EventTarget) => target instanceof Element && target.closest('dialog');

/**
 * The phone's facilitator bar: `primary` in sight and the rest behind a disclosure button. The
 * menu stays mounted while closed (hidden), so its controls' shortcuts keep working. Escape,
 * picking an action, a tap outside or tabbing away closes it; Escape and an action give focus
 * back to the button.
 *
 * Not docked (a wider screen), the controls show as they are, in the same place in the tree: a
 * window resized or a tablet turned across the phone width keeps them mounted, with whatever
 * they hold open (the settings dialog and its edits).
 */
export const PhoneBarMenu = ({
  docked,
  primary,
  children,
}: {
  docked: boolean;
  primary: ReactNode;
  children: ReactNode;
}) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  // Docking with a dialog of the bar open (the settings) opens the menu that holds it.
  useEffect(() => {
    setOpen(docked && root.current?.querySelector('dialog[open]') != null);
  }, [docked]);

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) =>
      target instanceof Node && !root.current?.contains(target) && !inDialog(target);
    const closeIfOutside = (event: Event) => {
      if (outside(event.target)) setOpen(false);
    };
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !event.target) return;
      if (inDialog(event.target)) return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', closeIfOutside);
    document.addEventListener('focusin', closeIfOutside);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', closeIfOutside);
      document.removeEventListener('focusin', closeIfOutside);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  // An action closes the menu; a control that opens a dialog keeps it until the dialog is done.
  const onMenuClick = (event: MouseEvent) => {
    const control = (event.target as Element).closest('button');
    if (!control || control.hasAttribute('aria-haspopup') || inDialog(control)) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div ref={root} className={docked ? 'phone-bar' : 'bar-contents'}>
      {docked ? primary : null}
      {docked ? (
        <button
          ref={toggle}
          type="button"
          className="button secondary phone-bar-toggle"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen(!open)}
        >
          <MenuIcon />
          {t('facilitator.menu')}
        </button>
      ) : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the clicks come from the buttons inside */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: buttons fire click for Enter and Space too */}
      <div
        id={menuId}
        className={docked ? 'phone-bar-menu' : 'bar-contents'}
        hidden={docked && !open}
        onClick={docked ? onMenuClick : undefined}
      >
        {children}
      </div>
    </div>
  );
};
