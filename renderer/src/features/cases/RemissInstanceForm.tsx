// Runs in: renderer. A remiss instance: a stakeholder from the register or a typed name (a nämnd,
// a party), its kind, when the draft was sent and the reply deadline; and, once it has come, the
// reply's date and summary.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  remissInstanceKinds,
  type RemissInstance,
  type RemissInstanceKind,
} from '../../../../shared/domain/cases';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { label } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { LookupCombobox } from '../../ui/LookupCombobox';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

interface Props {
  caseId: string;
  existing?: RemissInstance;
  defaults?: { sentDate: string; deadline: string };
  onDone: () => void;
}

export function RemissInstanceForm({ caseId, existing, defaults, onDone }: Props) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [name, setName] = useState(existing?.name ?? '');
  const [stakeholderId, setStakeholderId] = useState<string | null>(
    existing?.stakeholderId ?? null,
  );
  const [kind, setKind] = useState<RemissInstanceKind>(existing?.kind ?? 'organisation');
  const [sentDate, setSentDate] = useState(existing?.sentDate ?? defaults?.sentDate ?? '');
  const [deadline, setDeadline] = useState(existing?.deadline ?? defaults?.deadline ?? '');
  const [replyDate, setReplyDate] = useState(existing?.replyReceivedDate ?? '');
  const [replySummary, setReplySummary] = useState(existing?.replySummary ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    nameRef.current?.focus();
  }, []);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = {
      name,
      stakeholderId,
      kind,
      sentDate: sentDate || null,
      deadline: deadline || null,
      replyReceivedDate: replyDate || null,
      replySummary,
    };
    const result = existing
      ? await mutate('remiss:update', { id: existing.id, ...fields })
      : await mutate('remiss:create', { caseId, ...fields });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(existing ? t('remiss.saved') : t('remiss.added', { name }));
    onDone();
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form case-remiss-form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={existing ? t('remiss.editTitle', { name: existing.name }) : t('remiss.newTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <LookupCombobox<StakeholderLookup>
        label={t('remiss.name')}
        inputRef={nameRef}
        text={name}
        onTextChange={(text) => {
          setName(text);
          setStakeholderId(null);
        }}
        search={(query) => call('stakeholders:lookup', { query, limit: 8 })}
        optionKey={(s) => s.id}
        renderOption={(s) => (
          <>
            <span>{s.name}</span>
            {s.organisation && s.organisation !== s.name && (
              <span className="combobox-secondary"> {s.organisation}</span>
            )}
          </>
        )}
        onChoose={(s) => {
          setName(s.name);
          setStakeholderId(s.id);
        }}
        noHitsText={t('remiss.noHits')}
        hint={stakeholderId ? t('remiss.linked', { name }) : t('remiss.nameHint')}
        error={fieldError('name') ?? fieldError('stakeholderId')}
        required
        minChars={2}
      />
      <SelectField
        label={t('remiss.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as RemissInstanceKind)}
        error={fieldError('kind')}
        options={remissInstanceKinds.map((k) => ({ value: k.id, label: label(k) }))}
      />
      <TextField
        type="date"
        label={t('remiss.sentDate')}
        value={sentDate}
        onChange={(e) => setSentDate(e.target.value)}
        error={fieldError('sentDate')}
      />
      <TextField
        type="date"
        label={t('remiss.deadline')}
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        error={fieldError('deadline')}
      />
      {existing && (
        <>
          <TextField
            type="date"
            label={t('remiss.replyDate')}
            value={replyDate}
            onChange={(e) => setReplyDate(e.target.value)}
            error={fieldError('replyReceivedDate')}
          />
          <div className="wide">
            <TextArea
              label={t('remiss.replySummary')}
              value={replySummary}
              onChange={(e) => setReplySummary(e.target.value)}
              error={fieldError('replySummary')}
              rows={3}
            />
          </div>
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving
            ? t('actions.saving', { ns: 'common' })
            : existing
              ? t('remiss.save')
              : t('remiss.create')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
