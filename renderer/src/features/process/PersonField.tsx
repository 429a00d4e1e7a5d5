// Runs in: renderer. A person as a known stakeholder (type-ahead) or as a typed name: typing after
// a choice lets go of the link, so the field never shows one name and saves another.
import type { Ref } from 'react';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { LookupCombobox } from '../../ui/LookupCombobox';

export interface PersonValue {
  stakeholderId: string | null;
  name: string;
}

interface Props {
  label: string;
  value: PersonValue;
  onChange: (value: PersonValue) => void;
  hint: string;
  linkedText: (name: string) => string;
  noHitsText: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function PersonField({
  label,
  value,
  onChange,
  hint,
  linkedText,
  noHitsText,
  error,
  inputRef,
}: Props) {
  return (
    <LookupCombobox<StakeholderLookup>
      label={label}
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
      onChoose={(s) => onChange({ stakeholderId: s.id, name: s.name })}
      noHitsText={noHitsText}
      hint={value.stakeholderId ? linkedText(value.name) : hint}
      error={error}
      minChars={2}
    />
  );
}
