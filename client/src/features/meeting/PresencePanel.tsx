import type { PublicParticipantView } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsFacilitator, selectIsOffline } from '../../store/selectors.js';
import { TextField } from '../../ui/TextField.js';
import { PresenceRow } from './PresenceRow.js';
import './meeting.css';

const NOBODY: PublicParticipantView[] = [];
/** From this many people on, the list gets a search field and scrolls within a bounded height. */
const LONG_LIST = 12;

const matches = (name: string, query: string) =>
  name.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase());

/**
 * Who is here: everyone who joined and has not left, online or away; those who left folded
 * away under their count. Stays compact for a big room: one action button per person.
 */
export const PresencePanel = () => {
  const t = useT();
  const participants = useAppStore((state) => state.view?.participants ?? NOBODY);
  const online = useAppStore((state) => state.online);
  const myId = useAppStore((state) => state.me?.participantId);
  const isFacilitator = useAppStore(selectIsFacilitator);
  // Without a connection the last online list is stale: say so rather than "16 of 16 online".
  const offline = useAppStore(selectIsOffline);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const present = participants.filter((p) => !p.left);
  const left = participants.filter((p) => p.left);
  const onlineCount = present.filter((p) => online.includes(p.id)).length;
  const long = present.length >= LONG_LIST;
  const shown = long && query.trim() ? present.filter((p) => matches(p.name, query)) : present;

  return (
    <section className="card presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t('presence.title')}</h2>
      <p className="muted">
        {offline
          ? t('presence.connectionLost')
          : t('presence.summary', { count: onlineCount, total: present.length })}
      </p>
      {long ? (
        <TextField type="search" label={t('presence.search')} value={query} onChange={setQuery} />
      ) : null}
      {/* Focusable when it scrolls, so keyboard users can scroll it too. */}
      <ul
        className={long ? 'presence-list presence-list-long' : 'presence-list'}
        aria-labelledby="presence-heading"
        tabIndex={long ? 0 : undefined}
      >
        {shown.map((participant) => (
          <PresenceRow
            key={participant.id}
            participant={participant}
            online={offline ? 'unknown' : online.includes(participant.id)}
            isMe={participant.id === myId}
            actions={
              isFacilitator || participant.id === myId
                ? {
                    open: openId === participant.id,
                    toggle: () => setOpenId(openId === participant.id ? null : participant.id),
                  }
                : null
            }
          />
        ))}
      </ul>
      {long && shown.length === 0 ? <p className="muted">{t('presence.noMatch')}</p> : null}
      {left.length > 0 ? (
        <details className="presence-left">
          <summary>{t('presence.left', { count: left.length })}</summary>
          <ul className="presence-left-list">
            {left.map((participant) => (
              <li key={participant.id}>{participant.name}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
};
