import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { LazyLiveMinutes } from './lazyLiveMinutes.js';
import './minutes.css';

const TABS = ['meeting', 'minutes'] as const;
type Tab = (typeof TABS)[number];

/**
 * The meeting's work area and its minutes, side by side as tabs (the WAI-ARIA tabs pattern:
 * arrow keys move between the tabs). The minutes are loaded only when first opened.
 */
export const MeetingTabs = ({
  meetingId,
  children,
}: {
  meetingId: string;
  children: ReactNode;
}) => {
  const t = useT();
  const [selected, setSelected] = useState<Tab>('meeting');
  const id = useId();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const tabId = (tab: Tab) => `${id}-tab-${tab}`;
  const panelId = (tab: Tab) => `${id}-panel-${tab}`;

  const select = (tab: Tab) => {
    setSelected(tab);
    tabRefs.current[tab]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(selected);
    const next: Record<string, Tab | undefined> = {
      ArrowRight: TABS[(index + 1) % TABS.length],
      ArrowLeft: TABS[(index + TABS.length - 1) % TABS.length],
      Home: TABS[0],
      End: TABS[TABS.length - 1],
    };
    const tab = next[event.key];
    if (!tab) return;
    event.preventDefault();
    select(tab);
  };

  return (
    <div className="meeting-tabs">
      <div
        className="tab-list"
        role="tablist"
        aria-label={t('minutes.tabsLabel')}
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            id={tabId(tab)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={selected === tab}
            aria-controls={selected === tab ? panelId(tab) : undefined}
            tabIndex={selected === tab ? 0 : -1}
            onClick={() => setSelected(tab)}
          >
            {t(tab === 'meeting' ? 'minutes.tabMeeting' : 'minutes.tabMinutes')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(selected)} aria-labelledby={tabId(selected)}>
        {selected === 'meeting' ? (
          children
        ) : (
          <LazyLiveMinutes meetingId={meetingId} headingOffset={1} />
        )}
      </div>
    </div>
  );
};
