// Runs in: renderer. Who took part in the follow-up, as removable chips: a stakeholder chosen by
// type-ahead keeps the link to the register; anyone else is added as typed text (Enter adds).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpParticipant } from '../../../../shared/domain/followUp';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { LookupCombobox } from '../../ui/LookupCombobox';

const searchStakeholders = (query: string) => call('stakeholders:lookup', { query, limit: 8 });

export function ParticipantsField({
  people,
  readOnly,
  onChange,
}: {
  people: FollowUpParticipant[];
  readOnly: boolean;
  onChange: (people: FollowUpParticipant[]) => void;
}) {
  const { t } = useTranslation('followUp');
  const [name, setName] = useState('');
  const add = (person: FollowUpParticipant) => {
    const trimmed = person.name.trim();
    if (trimmed === '') return;
    const known = people.some((p) =>
      p.stakeholderId && person.stakeholderId
        ? p.stakeholderId === person.stakeholderId
        : p.name.toLocaleLowerCase('sv') === trimmed.toLocaleLowerCase('sv'),
    );
    if (!known) onChange([...people, { stakeholderId: person.stakeholderId, name: trimmed }]);
    setName('');
  };
  return (
    <fieldset className="followup-participants">
      <legend>{t('record.participants')}</legend>
      {people.length === 0 ? (
        <p className="muted">{t('record.noParticipants')}</p>
      ) : (
        <ul className="chips">
          {people.map((p, i) => (
            <li key={`${p.stakeholderId ?? ''}:${p.name}:${i}`} className="chip">
              {p.name}
              {!readOnly && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('record.removeParticipant', { name: p.name })}
                  onClick={() => onChange(people.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="followup-add-row">
          <LookupCombobox<StakeholderLookup>
            label={t('record.participantName')}
            text={name}
            onTextChange={setName}
            search={searchStakeholders}
            optionKey={(p) => p.id}
            renderOption={(p) => (
              <>
                <span>{p.name}</span>
                {p.organisation && <span className="combobox-secondary"> {p.organisation}</span>}
              </>
            )}
            onChoose={(p) => add({ stakeholderId: p.id, name: p.name })}
            onEnterText={(text) => add({ stakeholderId: null, name: text })}
            noHitsText={t('record.participantNoHits')}
            hint={t('record.participantHint')}
            minChars={2}
          />
          <button
            type="button"
            className="button"
            onClick={() => add({ stakeholderId: null, name })}
          >
            {t('record.addParticipant')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
