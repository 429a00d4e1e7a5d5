// Runs in: renderer. A new or edited group: kind, name, purpose, notes and the members, picked
// from the stakeholder register with a role each.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupKind, MemberRole } from '../../../../shared/domain/groups';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { LookupCombobox } from '../../ui/LookupCombobox';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { groupKindOptions, memberRoleOptions } from './labels';
import { rowErrors } from './meetingFormState';

interface MemberEntry {
  stakeholderId: string;
  name: string;
  role: MemberRole;
}

interface GroupValues {
  kind: GroupKind;
  name: string;
  purpose: string;
  notes: string;
  members: MemberEntry[];
}

const search = (query: string) => call('stakeholders:lookup', { query, limit: 8 });

function MembersField({
  value,
  onChange,
  errors,
}: {
  value: MemberEntry[];
  onChange: (m: MemberEntry[]) => void;
  errors: Record<number, string>;
}) {
  const { t } = useTranslation('groups');
  const [text, setText] = useState('');
  return (
    <div className="participants-field">
      <LookupCombobox<StakeholderLookup>
        label={t('groupForm.members')}
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
        onChoose={(s) => {
          if (!value.some((m) => m.stakeholderId === s.id)) {
            onChange([...value, { stakeholderId: s.id, name: s.name, role: 'member' }]);
          }
          setText('');
        }}
        noHitsText={t('groupForm.noHits')}
        hint={t('groupForm.membersHint')}
        minChars={2}
      />
      <h3>{t('groupForm.memberList')}</h3>
      {value.length === 0 ? (
        <p className="muted">{t('groupForm.noMembers')}</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">{t('groupForm.memberList')}</caption>
          <tbody>
            {value.map((m, i) => (
              <tr key={m.stakeholderId}>
                <td>
                  {m.name}
                  {errors[i] && (
                    <div className="field-error" role="alert">
                      {errors[i]}
                    </div>
                  )}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${m.stakeholderId}`}>
                    {t('groupForm.role', { name: m.name })}
                  </label>
                  <select
                    id={`role-${m.stakeholderId}`}
                    value={m.role}
                    onChange={(e) =>
                      onChange(
                        value.map((x, j) =>
                          j === i ? { ...x, role: e.target.value as MemberRole } : x,
                        ),
                      )
                    }
                  >
                    {memberRoleOptions().map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('groupForm.removeMember', { name: m.name })}
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

function GroupForm({
  title,
  initial,
  save,
  cancelHref,
}: {
  title: string;
  initial: GroupValues;
  save: (v: GroupValues) => ReturnType<typeof mutate<'groups:create'>>;
  cancelHref: string;
}) {
  const { t } = useTranslation('groups');
  const toast = useToast();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof GroupValues>(key: K, value: GroupValues[K]) =>
    setV((old) => ({ ...old, [key]: value }));
  const fields = error?.fields ?? {};
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await save(v);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('groupForm.saved'));
    navigate('meetings', 'groups', result.value.id);
  };
  return (
    <Page title={title}>
      <form className="visit-form" onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorBanner error={error} />}
        <SelectField
          label={t('groupForm.kind')}
          value={v.kind}
          onChange={(e) => set('kind', e.target.value as GroupKind)}
          options={groupKindOptions()}
          error={fields.kind}
        />
        <TextField
          label={t('groupForm.name')}
          required
          value={v.name}
          onChange={(e) => set('name', e.target.value)}
          error={fields.name}
        />
        <TextArea
          label={t('groupForm.purpose')}
          rows={3}
          value={v.purpose}
          onChange={(e) => set('purpose', e.target.value)}
          hint={t('groupForm.purposeHint')}
          error={fields.purpose}
        />
        <MembersField
          value={v.members}
          onChange={(m) => set('members', m)}
          errors={rowErrors(fields, 'members')}
        />
        <TextArea
          label={t('groupForm.notes')}
          rows={3}
          value={v.notes}
          onChange={(e) => set('notes', e.target.value)}
          error={fields.notes}
        />
        <div className="row-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('actions.saving', { ns: 'common' }) : t('groupForm.save')}
          </button>
          <a className="button" href={cancelHref}>
            {t('actions.cancel', { ns: 'common' })}
          </a>
        </div>
      </form>
    </Page>
  );
}

const toInput = (v: GroupValues) => ({
  kind: v.kind,
  name: v.name,
  purpose: v.purpose,
  notes: v.notes,
  members: v.members.map((m) => ({ stakeholderId: m.stakeholderId, role: m.role })),
});

export function NewGroupPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('groups');
  return (
    <GroupForm
      title={t('groupForm.newTitle')}
      initial={{ kind: 'reference', name: '', purpose: '', notes: '', members: [] }}
      save={(v) => mutate('groups:create', { programmeId, ...toInput(v) })}
      cancelHref={href('meetings', 'groups')}
    />
  );
}

export function EditGroupPage({ id }: { id: string }) {
  const { t } = useTranslation('groups');
  const query = useQuery('groups:get', { id });
  if (query.error) {
    return (
      <Page title={t('groupForm.editTitle')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
      </Page>
    );
  }
  if (!query.data) return <Page title={t('groupForm.editTitle')}>{null}</Page>;
  const g = query.data;
  return (
    <GroupForm
      key={g.id}
      title={t('groupForm.editTitle')}
      initial={{
        kind: g.kind,
        name: g.name,
        purpose: g.purpose,
        notes: g.notes,
        members: g.members.map((m) => ({
          stakeholderId: m.stakeholderId,
          name: m.name,
          role: m.role,
        })),
      }}
      save={(v) => mutate('groups:update', { id, ...toInput(v) })}
      cancelHref={href('meetings', 'groups', id)}
    />
  );
}
