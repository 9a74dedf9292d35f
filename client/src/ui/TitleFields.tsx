import { LIMITS } from '@percolate/shared';
import type { MessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import { TextField } from './TextField.js';

/** How each thing with a name labels and limits its title and description. */
const NAMING = {
  topic: {
    titleLabel: 'topics.titleLabel',
    titleMax: LIMITS.topicTitle,
    descriptionLabel: 'topics.descriptionLabel',
    descriptionMax: LIMITS.topicDescription,
  },
  community: {
    titleLabel: 'home.communityName',
    titleMax: LIMITS.communityName,
    descriptionLabel: 'home.communityDescription',
    descriptionMax: LIMITS.communityDescription,
  },
  meeting: { titleLabel: 'home.meetingTitle', titleMax: LIMITS.meetingTitle },
} as const satisfies Record<
  string,
  {
    titleLabel: MessageKey;
    titleMax: number;
    descriptionLabel?: MessageKey;
    descriptionMax?: number;
  }
>;

type TitleFieldsProps = {
  title: string;
  onTitleChange: (title: string) => void;
  placeholder?: string;
  /** While what was typed waits to be sent: it can be read and copied, not changed. */
  readOnly?: boolean;
  autoFocus?: boolean;
} & (
  | { of: 'meeting' }
  | {
      of: 'topic' | 'community';
      description: string;
      onDescriptionChange: (description: string) => void;
    }
);

/** A required title, and below it an optional description for what has one. */
export const TitleFields = ({
  title,
  onTitleChange,
  placeholder,
  readOnly,
  autoFocus,
  ...described
}: TitleFieldsProps) => {
  const t = useT();
  const naming = NAMING[described.of];
  return (
    <>
      <TextField
        label={t(naming.titleLabel)}
        placeholder={placeholder}
        value={title}
        onChange={onTitleChange}
        readOnly={readOnly}
        maxLength={naming.titleMax}
        required
        autoFocus={autoFocus}
      />
      {described.of !== 'meeting' ? (
        <TextField
          label={t(NAMING[described.of].descriptionLabel)}
          value={described.description}
          onChange={described.onDescriptionChange}
          readOnly={readOnly}
          maxLength={NAMING[described.of].descriptionMax}
          multiline
        />
      ) : null}
    </>
  );
};
