// Runs in: renderer. A meeting's participants: people from the stakeholder register by type-ahead,
// anyone else as a typed name, each with "Deltog" (attended) to tick.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { LookupCombobox } from '../../ui/LookupCombobox';

export interface ParticipantEntry {
  stakeholderId: string | null;
  name: string;
  attended: boolean;
}

const search = (query: string) => call('stakeholders:lookup', { query, limit: 8 });

const same = (a: ParticipantEntry, b: { stakeholderId: string | null; name: string }) =>
  a.stakeholderId && b.stakeholderId
    ? a.stakeholderId === b.stakeholderId
    : !a.stakeholderId &&
      !b.stakeholderId &&
      a.name.toLocaleLowerCase('sv') === b.name.toLocaleLowerCase('sv');

export function ParticipantsField({
  value,
  onChange,
  defaultAttended,
  errors,
}: {
  value: ParticipantEntry[];
  onChange: (people: ParticipantEntry[]) => void;
  /** A held meeting's new participants attended; a planned one's are only invited. */
  defaultAttended: boolean;
  errors: Record<number, string>;
}) {
  const { t } = useTranslation('groups');
  const [text, setText] = useState('');
  const add = (p: { stakeholderId: string | null; name: string }) => {
    const name = p.name.trim();
    if (name && !value.some((v) => same(v, p))) {
      onChange([...value, { ...p, name, attended: defaultAttended }]);
    }
    setText('');
  };
  return (
    <div className="participants-field">
      <LookupCombobox<StakeholderLookup>
        label={t('form.participants')}
        text={text}
        onTextChange={setText}
        search={search}
        optionKey={(s) => s.id}
        renderOption={(s) => (
          <>
            <span>{s.name}</span>
            {s.organisation && <span className="combobox-secondary"> {s.organisation}</span>}
          </>
        )}
        onChoose={(s) => add({ stakeholderId: s.id, name: s.name })}
        onEnterText={(name) => add({ stakeholderId: null, name })}
        noHitsText={t('form.noHits')}
        hint={t('form.participantsHint')}
        minChars={2}
      />
      {value.length > 0 && (
        <table className="simple-table">
          <caption className="visually-hidden">{t('form.participants')}</caption>
          <tbody>
            {value.map((p, i) => (
              <tr key={p.stakeholderId ?? `name:${p.name}`}>
                <td>
                  {p.name}
                  {errors[i] && (
                    <div className="field-error" role="alert">
                      {errors[i]}
                    </div>
                  )}
                </td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      aria-label={t('form.attendedBy', { name: p.name })}
                      checked={p.attended}
                      onChange={(e) =>
                        onChange(
                          value.map((x, j) => (j === i ? { ...x, attended: e.target.checked } : x)),
                        )
                      }
                    />{' '}
                    <span aria-hidden="true">{t('form.attended')}</span>
                  </label>
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('form.removeParticipant', { name: p.name })}
                    onClick={() => onChange(value.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
