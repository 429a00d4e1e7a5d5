// Runs in: renderer. The company's people at the visit: known actors by type-ahead, anyone else as
// free text with Enter, and the company's registered contacts one click (or Tab + Enter) away.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import type { VisitParticipant } from '../../../../shared/domain/visits';
import { call } from '../../api/client';
import { TypeaheadField } from './TypeaheadField';
import { useQuery } from '../../ui/useQuery';

interface Props {
  companyId: string | null;
  value: VisitParticipant[];
  onChange: (participants: VisitParticipant[]) => void;
  error?: string;
}

const same = (a: VisitParticipant, b: VisitParticipant) =>
  a.stakeholderId && b.stakeholderId
    ? a.stakeholderId === b.stakeholderId
    : a.name.toLocaleLowerCase('sv') === b.name.toLocaleLowerCase('sv');

export function ParticipantsField({ companyId, value, onChange, error }: Props) {
  const { t } = useTranslation('visits');
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const company = useQuery('companies:get', { id: companyId ?? '' }, !!companyId);
  const contacts = (
    companyId && company.data?.id === companyId ? company.data.contacts : []
  ).filter((c) => !value.some((p) => p.stakeholderId === c.id));

  const add = (p: VisitParticipant) => {
    if (!value.some((v) => same(v, p))) onChange([...value, p]);
    setText('');
  };

  return (
    <div className="wide participants-field">
      <TypeaheadField<StakeholderLookup>
        label={t('form.participants')}
        inputRef={inputRef}
        hint={t('form.participantsHint')}
        error={error}
        text={text}
        onTextChange={setText}
        search={(query) => call('stakeholders:lookup', { query, limit: 10 })}
        optionKey={(s) => s.id}
        renderOption={(s) => (
          <>
            <span className="typeahead-title">{s.name}</span>
            {s.organisation && <span className="typeahead-detail">{s.organisation}</span>}
          </>
        )}
        onChoose={(s) => add({ stakeholderId: s.id, name: s.name })}
        onEnterText={(name) => add({ stakeholderId: null, name })}
      />
      {contacts.length > 0 && (
        <div className="participant-contacts">
          <span>{t('form.contacts')}</span>
          {contacts.map((c) => (
            <button
              key={c.id}
              type="button"
              className="button button-small"
              onClick={() => add({ stakeholderId: c.id, name: c.name })}
            >
              {t('form.addContact', { name: c.name })}
            </button>
          ))}
        </div>
      )}
      {value.length > 0 && (
        <ul className="chips" aria-label={t('form.participantsChosen')}>
          {value.map((p) => (
            <li key={p.stakeholderId ?? `name:${p.name}`} className="chip">
              {p.name}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('form.removeParticipant', { name: p.name })}
                onClick={() => {
                  onChange(value.filter((v) => !same(v, p)));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
