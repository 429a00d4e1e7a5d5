// Runs in: renderer. Links one company to a record: shows the chosen company or a type-ahead search.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyLookup } from '../../../../shared/domain/companies';
import { call } from '../../api/client';
import { href } from '../../app/router';
import { LookupCombobox } from '../../ui/LookupCombobox';
import { useQuery } from '../../ui/useQuery';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  hint?: string;
}

export function CompanyPicker({ label, value, onChange, error, hint }: Props) {
  const { t } = useTranslation('companies');
  const labelId = useId();
  // The name of a company just picked, so it shows before (and without) a round trip.
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const known = picked && picked.id === value ? picked.name : null;
  const company = useQuery('companies:get', { id: value ?? '' }, value !== null && known === null);

  if (value === null) {
    return (
      <LookupCombobox<CompanyLookup>
        label={label}
        text={text}
        onTextChange={setText}
        hint={hint ?? t('companyPicker.hint')}
        error={error}
        noHitsText={t('companyPicker.noResults')}
        search={(query) => call('companies:lookup', { query, limit: 10 })}
        optionKey={(c) => c.id}
        renderOption={(c) => (
          <>
            <span>{c.name}</span>
            <span className="combobox-secondary">
              {[c.orgNumber, c.locality].filter(Boolean).join(' · ')}
            </span>
          </>
        )}
        onChoose={(c) => {
          setText('');
          setPicked({ id: c.id, name: c.name });
          onChange(c.id);
        }}
      />
    );
  }

  const name = known ?? company.data?.name ?? (company.error ? t('companyPicker.gone') : '…');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <div className="chips" role="group" aria-labelledby={labelId}>
        <span className="chip">
          {company.error ? name : <a href={href('companies', value)}>{name}</a>}
          <button
            type="button"
            className="icon-button chip-remove"
            aria-label={t('companyPicker.remove', { name })}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </span>
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
