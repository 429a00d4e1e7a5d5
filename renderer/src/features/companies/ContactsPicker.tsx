// Runs in: renderer. Chooses a company's contact persons among the stakeholders.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { LookupCombobox } from '../../ui/LookupCombobox';

export interface ContactChoice {
  id: string;
  name: string;
  detail: string | null;
}

interface Props {
  value: ContactChoice[];
  onChange: (next: ContactChoice[]) => void;
  error?: string;
}

export function ContactsPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('companies');
  const [text, setText] = useState('');
  return (
    <fieldset className="wide contacts-picker">
      <legend>{t('fields.contacts')}</legend>
      {value.length === 0 ? (
        <p className="field-hint">{t('contactPicker.none')}</p>
      ) : (
        <ul className="chips plain-list">
          {value.map((c) => (
            <li key={c.id} className="chip">
              {c.detail ? `${c.name} (${c.detail})` : c.name}
              <button
                type="button"
                className="icon-button chip-remove"
                aria-label={t('contactPicker.remove', { name: c.name })}
                onClick={() => onChange(value.filter((x) => x.id !== c.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <LookupCombobox<StakeholderLookup>
        label={t('contactPicker.add')}
        text={text}
        onTextChange={setText}
        hint={t('contactPicker.hint')}
        error={error}
        noHitsText={t('contactPicker.noResults')}
        search={async (query) => {
          const chosen = new Set(value.map((c) => c.id));
          const hits = await call('stakeholders:lookup', { query, limit: 10 });
          return hits.filter((s) => !chosen.has(s.id));
        }}
        optionKey={(s) => s.id}
        renderOption={(s) => (
          <>
            <span>{s.name}</span>
            {s.organisation && <span className="combobox-secondary">{s.organisation}</span>}
          </>
        )}
        onChoose={(s) => {
          setText('');
          onChange([...value, { id: s.id, name: s.name, detail: s.organisation }]);
        }}
      />
    </fieldset>
  );
}
