// Runs in: renderer. Who was interviewed: a person from the stakeholder register (type-ahead) or a
// typed name. Typing after a choice lets go of the link, so the field never shows one name and
// saves another.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { LookupCombobox } from '../../ui/LookupCombobox';

export interface Interviewee {
  stakeholderId: string | null;
  name: string;
}

export function IntervieweeField({
  value,
  onChange,
  onChoose,
  error,
  inputRef,
}: {
  value: Interviewee;
  onChange: (value: Interviewee) => void;
  /** A person was chosen from the register (the form may fill in the organisation). */
  onChoose: (person: StakeholderLookup) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('interviews');
  return (
    <LookupCombobox<StakeholderLookup>
      label={t('form.interviewee')}
      required
      inputRef={inputRef}
      text={value.name}
      onTextChange={(name) => onChange({ stakeholderId: null, name })}
      search={(query) => call('stakeholders:lookup', { query, limit: 8 })}
      optionKey={(s) => s.id}
      renderOption={(s) => (
        <>
          <span>{s.name}</span>
          {s.organisation && <span className="combobox-secondary"> {s.organisation}</span>}
        </>
      )}
      onChoose={(s) => {
        onChange({ stakeholderId: s.id, name: s.name });
        onChoose(s);
      }}
      noHitsText={t('form.intervieweeNoHits')}
      hint={
        value.stakeholderId
          ? t('form.intervieweeLinked', { name: value.name })
          : t('form.intervieweeHint')
      }
      error={error}
      minChars={2}
    />
  );
}
