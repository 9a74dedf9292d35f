import type { MemberId } from '@percolate/shared';
import { useId, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useCommunityCommand, useCommunityView, useMemberName } from './CommunityContext.js';

const moved = (list: readonly MemberId[], from: number, to: number): MemberId[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** The facilitation rotation: everyone sees whose turn is next; organisers order it. */
export const RotationSection = () => {
  const t = useT();
  const { rotation, members, suggestedFacilitatorId, isOrganiser } = useCommunityView();
  const nameOf = useMemberName();
  const set = useCommunityCommand();
  const addId = useId();
  const outside = members.filter((member) => !rotation.includes(member.id));
  const [toAdd, setToAdd] = useState('');
  const chosen = outside.some((member) => member.id === toAdd) ? toAdd : (outside[0]?.id ?? '');
  const next = nameOf(suggestedFacilitatorId);
  const save = (memberIds: MemberId[]) => void set.run({ type: 'rotation:set', memberIds });

  return (
    <section className="card stack" aria-labelledby="rotation-heading">
      <h2 id="rotation-heading">{t('community.rotation')}</h2>
      <p>
        {next ? t('community.nextFacilitator', { name: next }) : t('community.noNextFacilitator')}
      </p>
      {rotation.length === 0 ? (
        <p className="muted">{t('community.rotationEmpty')}</p>
      ) : (
        <ol className="community-list rotation-list">
          {rotation.map((memberId, index) => {
            const name = nameOf(memberId) ?? t('common.someone');
            return (
              <li key={memberId}>
                <span className="rotation-name">{name}</span>
                {isOrganiser ? (
                  <span className="rotation-controls">
                    <button
                      type="button"
                      className="button ghost small"
                      aria-label={t('community.rotationUp', { name })}
                      aria-disabled={index === 0}
                      onClick={() => index > 0 && save(moved(rotation, index, index - 1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button ghost small"
                      aria-label={t('community.rotationDown', { name })}
                      aria-disabled={index === rotation.length - 1}
                      onClick={() =>
                        index < rotation.length - 1 && save(moved(rotation, index, index + 1))
                      }
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button ghost small"
                      aria-label={t('community.rotationRemove', { name })}
                      onClick={() => save(rotation.filter((id) => id !== memberId))}
                    >
                      ×
                    </button>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {isOrganiser && outside.length > 0 ? (
        <div className="inline-form">
          <div className="field">
            <label className="field-label" htmlFor={addId}>
              {t('community.rotationAddLabel')}
            </label>
            <select id={addId} value={chosen} onChange={(event) => setToAdd(event.target.value)}>
              {outside.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button secondary small"
            disabled={set.pending || !chosen}
            onClick={() => save([...rotation, chosen])}
          >
            {t('community.rotationAdd')}
          </button>
        </div>
      ) : null}
      <ErrorText code={set.error} />
    </section>
  );
};
