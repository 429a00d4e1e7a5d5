// Runs in: renderer. Choosing the visited company by typing: name, org. number or place.
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyLookup } from '../../../../shared/domain/companies';
import { call } from '../../api/client';
import { TypeaheadField } from './TypeaheadField';

interface Props {
  label: string;
  value: CompanyLookup | null;
  onChange: (company: CompanyLookup | null) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
}

export const companyDetails = (c: CompanyLookup): string =>
  [c.orgNumber, c.locality].filter(Boolean).join(' · ');

export function CompanyPicker({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  inputRef,
  id,
}: Props) {
  const { t } = useTranslation('visits');
  const [text, setText] = useState(value?.name ?? '');
  const [shownFor, setShownFor] = useState(value?.id ?? null);
  // A company set or cleared from outside (a link, loaded data, "clear filters") replaces the text.
  if ((value?.id ?? null) !== shownFor) {
    setShownFor(value?.id ?? null);
    setText(value ? value.name : '');
  }

  const chosenHint = value ? companyDetails(value) : '';
  return (
    <TypeaheadField<CompanyLookup>
      id={id}
      label={label}
      inputRef={inputRef}
      required={required}
      error={error}
      hint={value ? (chosenHint ? t('picker.chosen', { details: chosenHint }) : undefined) : hint}
      text={text}
      onTextChange={(next) => {
        setText(next);
        if (value) {
          setShownFor(null);
          onChange(null);
        }
      }}
      search={(query) => call('companies:lookup', { query, limit: 10 })}
      optionKey={(c) => c.id}
      renderOption={(c) => (
        <>
          <span className="typeahead-title">{c.name}</span>
          {companyDetails(c) && <span className="typeahead-detail">{companyDetails(c)}</span>}
        </>
      )}
      onChoose={(c) => {
        setText(c.name);
        setShownFor(c.id);
        onChange(c);
      }}
      enterChoosesFirst
      noHitsText={t('picker.none')}
    />
  );
}
