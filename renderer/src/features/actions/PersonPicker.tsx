// Runs in: renderer. People for an action: the responsible (one person, I37), cooperation partners
// (I20) and contributors (I14). Known stakeholders by type-ahead, anyone else as typed text.
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contributorRoles,
  type ActionContributor,
  type ActionPerson,
  type ContributorRole,
} from '../../../../shared/domain/actions';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { label } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { LookupCombobox } from '../../ui/LookupCombobox';
import { roleLabel } from './labels';

const searchStakeholders = (query: string) => call('stakeholders:lookup', { query, limit: 8 });

const renderOption = (s: StakeholderLookup) => (
  <>
    <span>{s.name}</span>
    {s.organisation && <span className="combobox-secondary"> {s.organisation}</span>}
  </>
);

interface ResponsibleProps {
  label: string;
  value: ActionPerson;
  onChange: (value: ActionPerson) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  hint?: string;
  id?: string;
}

/** Typing after a choice lets go of the link, so the field never shows one name and saves another. */
export function ResponsibleField({
  value,
  onChange,
  error,
  inputRef,
  hint,
  ...rest
}: ResponsibleProps) {
  const { t } = useTranslation('actions');
  return (
    <LookupCombobox<StakeholderLookup>
      label={rest.label}
      id={rest.id}
      inputRef={inputRef}
      text={value.name}
      onTextChange={(name) => onChange({ stakeholderId: null, name })}
      search={searchStakeholders}
      optionKey={(s) => s.id}
      renderOption={renderOption}
      onChoose={(s) => onChange({ stakeholderId: s.id, name: s.name })}
      noHitsText={t('form.noHits')}
      hint={
        value.stakeholderId
          ? t('form.responsibleLinked', { name: value.name })
          : (hint ?? t('form.responsibleHint'))
      }
      error={error}
      minChars={2}
    />
  );
}

const same = (a: ActionPerson, b: ActionPerson) =>
  a.stakeholderId && b.stakeholderId
    ? a.stakeholderId === b.stakeholderId
    : a.name.toLocaleLowerCase('sv') === b.name.toLocaleLowerCase('sv');

interface ListProps<P extends ActionPerson> {
  label: string;
  hint: string;
  value: P[];
  onChange: (people: P[]) => void;
  /** Turns a picked or typed person into an entry (adds the role for contributors). */
  make: (person: ActionPerson) => P;
  describe?: (person: P) => string;
  error?: string;
}

/** A list of people as chips; Enter on typed text adds it, the × removes one. */
export function PeopleField<P extends ActionPerson>({
  label: fieldLabel,
  hint,
  value,
  onChange,
  make,
  describe,
  error,
}: ListProps<P>) {
  const { t } = useTranslation('actions');
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const add = (p: ActionPerson) => {
    if (!value.some((v) => same(v, p))) onChange([...value, make(p)]);
    setText('');
  };
  return (
    <div className="action-people">
      <LookupCombobox<StakeholderLookup>
        label={fieldLabel}
        inputRef={inputRef}
        text={text}
        onTextChange={setText}
        search={searchStakeholders}
        optionKey={(s) => s.id}
        renderOption={renderOption}
        onChoose={(s) => add({ stakeholderId: s.id, name: s.name })}
        onEnterText={(name) => add({ stakeholderId: null, name })}
        hint={hint}
        error={error}
        minChars={2}
      />
      {value.length > 0 && (
        <ul className="chips" aria-label={`${fieldLabel}: ${t('form.chosen')}`}>
          {value.map((p) => (
            <li key={p.stakeholderId ?? `name:${p.name}`} className="chip">
              {describe ? describe(p) : p.name}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('form.remove', { name: p.name })}
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

/** Contributors with a role chosen before each person is added. */
export function ContributorsField({
  value,
  onChange,
  error,
  label: fieldLabel,
  hint,
}: {
  value: ActionContributor[];
  onChange: (people: ActionContributor[]) => void;
  error?: string;
  label?: string;
  hint?: string;
}) {
  const { t } = useTranslation('actions');
  const [role, setRole] = useState<ContributorRole>('company');
  return (
    <div className="action-contributors">
      <SelectField
        label={t('form.contributorRole')}
        value={role}
        onChange={(e) => setRole(e.target.value as ContributorRole)}
        options={contributorRoles.map((r) => ({ value: r.id, label: label(r) }))}
      />
      <PeopleField<ActionContributor>
        label={fieldLabel ?? t('form.contributors')}
        hint={hint ?? t('form.contributorsHint')}
        value={value}
        onChange={onChange}
        make={(p) => ({ ...p, role })}
        describe={(p) => `${p.name} (${roleLabel(p.role)})`}
        error={error}
      />
    </div>
  );
}
