// Runs in: renderer. What a case is: title, kind, dnr, programme and the KF meeting aimed for.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseKinds, type CaseDetail, type CaseKind } from '../../../../shared/domain/cases';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { localToday } from './files';

export interface CaseBasics {
  title: string;
  kind: CaseKind;
  dnr: string;
  programmeId: string | null;
  targetKfMeetingId: string | null;
}

interface Props {
  existing?: CaseDetail;
  saving: boolean;
  error: AppError | null;
  submitLabel: string;
  onSubmit: (basics: CaseBasics) => void;
  onCancel: () => void;
}

export function CaseBasicsForm({
  existing,
  saving,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation('cases');
  const programmes = useQuery('programmes:list', { limit: 100 });
  const current = useQuery('programmes:current', {});
  const kfMeetings = useQuery('meetings:list', { body: 'kf', from: localToday(), limit: 100 });
  const [title, setTitle] = useState(existing?.title ?? '');
  const [kind, setKind] = useState<CaseKind>(existing?.kind ?? 'adoption');
  const [dnr, setDnr] = useState(existing?.dnr ?? '');
  const [programmeId, setProgrammeId] = useState<string>(existing?.programmeId ?? '');
  const [target, setTarget] = useState<string>(existing?.targetKfMeetingId ?? '');
  const firstRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  // A new case belongs to the programme the app works on, and is usually named after it.
  useEffect(() => {
    const programme = current.data?.programme;
    if (existing || !programme) return;
    setProgrammeId((p) => p || programme.id);
    setTitle((s) => s || programme.name);
  }, [current.data, existing]);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    onSubmit({
      title,
      kind,
      dnr,
      programmeId: programmeId || null,
      targetKfMeetingId: target || null,
    });
  };
  const fieldError = (key: string) => error?.fields?.[key];
  const targetOptions = kfMeetings.data?.rows ?? [];
  const keepsPast =
    existing?.targetKfMeetingId && !targetOptions.some((m) => m.id === existing.targetKfMeetingId);

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={submitLabel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <div className="wide">
        <TextField
          ref={firstRef}
          label={t('fields.title')}
          hint={t('fields.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fieldError('title')}
          required
        />
      </div>
      <SelectField
        label={t('fields.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as CaseKind)}
        error={fieldError('kind')}
        options={caseKinds.map((k) => ({ value: k.id, label: label(k) }))}
      />
      <TextField
        label={t('fields.dnr')}
        hint={t('fields.dnrHint')}
        value={dnr}
        onChange={(e) => setDnr(e.target.value)}
        error={fieldError('dnr')}
      />
      <SelectField
        label={t('fields.programme')}
        value={programmeId}
        onChange={(e) => setProgrammeId(e.target.value)}
        error={fieldError('programmeId')}
        options={[
          { value: '', label: t('fields.noProgramme') },
          ...(programmes.data?.rows ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <SelectField
        label={t('fields.target')}
        hint={targetOptions.length === 0 ? t('fields.targetNone') : t('fields.targetHint')}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        error={fieldError('targetKfMeetingId')}
        options={[
          { value: '', label: t('fields.noTarget') },
          ...(keepsPast && existing?.targetKfDate
            ? [{ value: existing.targetKfMeetingId!, label: existing.targetKfDate }]
            : []),
          ...targetOptions.map((m) => ({ value: m.id, label: m.date })),
        ]}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
