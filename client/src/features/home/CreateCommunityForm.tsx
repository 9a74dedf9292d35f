import { type FormEvent, useState } from 'react';
import { createCommunity } from '../../api/communitiesApi.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { browserTimeZone } from '../../ui/browserTimeZone.js';
import { TitleFields } from '../../ui/TitleFields.js';
import { CreationSubmit } from './CreationSubmit.js';
import { useCreateAndOpen } from './useCreateAndOpen.js';

/** A community of practice: its meetings, backlog and minutes in one place. Opens as organiser. */
export const CreateCommunityForm = () => {
  const t = useT();
  const locale = useAppStore((state) => state.locale);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const { createAndOpen, failure, busy } = useCreateAndOpen();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void createAndOpen(
      async () =>
        // Its meetings' minutes start in the creator's language and time zone.
        (
          await createCommunity(name.trim(), description.trim(), {
            locale,
            timeZone: browserTimeZone(),
          })
        ).organiserUrl,
    );
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="community-create-heading">
      <h2 id="community-create-heading">{t('home.communityTitle')}</h2>
      <p className="muted">{t('home.communityIntro')}</p>
      <TitleFields
        of="community"
        title={name}
        onTitleChange={setName}
        description={description}
        onDescriptionChange={setDescription}
      />
      <CreationSubmit
        failure={failure ? t(`api.${failure}`) : null}
        busy={busy}
        label={t('home.communityCreate')}
        busyLabel={t('home.creating')}
      />
    </form>
  );
};
