import { useState } from 'react';
import { deleteCommunity } from '../../api/communitiesApi.js';
import { navigate } from '../../app/router.js';
import { paths } from '../../app/routes.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { useAction } from '../../store/useAction.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { useCommunityView } from './CommunityContext.js';

/** Organisers delete the whole community: its meetings, minutes and members, after a confirmation. */
export const DeleteCommunity = () => {
  const t = useT();
  const { id, name } = useCommunityView();
  const [open, setOpen] = useState(false);
  const remove = useAction(deleteCommunity);

  const confirm = async () => {
    if (await remove.run(id)) {
      persistence.forgetCommunity(id);
      navigate(paths.home(), { replace: true });
    }
  };

  return (
    <section className="card stack danger-zone" aria-labelledby="delete-community-heading">
      <h2 id="delete-community-heading">{t('community.deleteTitle')}</h2>
      <p className="muted small">{t('community.deleteText')}</p>
      <div>
        <button type="button" className="button secondary small" onClick={() => setOpen(true)}>
          {t('community.delete')}
        </button>
      </div>
      <ConfirmDialog
        title={t('community.deleteConfirmTitle', { name })}
        text={t('community.deleteText')}
        confirmLabel={t('community.deleteConfirm')}
        open={open}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
        pending={remove.pending}
        error={remove.error}
      />
    </section>
  );
};
