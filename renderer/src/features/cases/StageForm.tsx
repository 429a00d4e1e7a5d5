// Runs in: renderer. One handling of the case by a body: meeting, submitted date, §, decision,
// outcome and, for an återremiss, the reason (required), and where the protocol excerpt is filed.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  stageBodies,
  stageOutcomes,
  type CaseDetail,
  type CaseStage,
  type MeetingBody,
  type StageBody,
  type StageOutcome,
} from '../../../../shared/domain/cases';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { localToday, shiftDays } from './files';

interface Props {
  detail: CaseDetail;
  existing?: CaseStage;
  defaultBody: StageBody;
  onDone: () => void;
}

export function StageForm({ detail, existing, defaultBody, onDone }: Props) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [body, setBody] = useState<StageBody>(existing?.body ?? defaultBody);
  const planned = body === 'remiss' ? null : (detail.plan?.[body] ?? null);
  const [meetingId, setMeetingId] = useState<string>(
    existing?.meetingId ?? planned?.meetingId ?? '',
  );
  const [meetingDate, setMeetingDate] = useState(existing?.meetingDate ?? planned?.date ?? '');
  const [submittedDate, setSubmittedDate] = useState(existing?.submittedDate ?? '');
  const [paragraph, setParagraph] = useState(existing?.paragraph ?? '');
  const [decisionText, setDecisionText] = useState(existing?.decisionText ?? '');
  const [outcome, setOutcome] = useState<StageOutcome | ''>(existing?.outcome ?? '');
  const [outcomeReason, setOutcomeReason] = useState(existing?.outcomeReason ?? '');
  const [protocolRef, setProtocolRef] = useState(existing?.protocolRef ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const meetings = useQuery(
    'meetings:list',
    { body: body as MeetingBody, from: shiftDays(localToday(), -400), limit: 200 },
    body !== 'remiss',
  );

  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const changeBody = (next: StageBody) => {
    setBody(next);
    const plan = next === 'remiss' ? null : (detail.plan?.[next] ?? null);
    setMeetingId(plan?.meetingId ?? '');
    setMeetingDate(plan?.date ?? '');
  };
  const chooseMeeting = (id: string) => {
    setMeetingId(id);
    const m = meetings.data?.rows.find((x) => x.id === id);
    if (m) setMeetingDate(m.date);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('cases:stageSave', {
      ...(existing ? { id: existing.id } : {}),
      caseId: detail.id,
      body,
      meetingId: body === 'remiss' ? null : meetingId || null,
      meetingDate: meetingDate || null,
      submittedDate: submittedDate || null,
      paragraph,
      decisionText,
      outcome: outcome || null,
      outcomeReason,
      protocolRef,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('stages.saved'));
    onDone();
  };
  const fieldError = (key: string) => error?.fields?.[key];
  const meetingOptions = meetings.data?.rows ?? [];

  return (
    <form
      ref={formRef}
      className="form case-stage-form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={existing ? t('stages.editTitle') : t('stages.newTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <h3 className="wide form-heading">
        {existing ? t('stages.editTitle') : t('stages.newTitle')}
      </h3>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <SelectField
        ref={firstRef}
        label={t('stages.body')}
        value={body}
        onChange={(e) => changeBody(e.target.value as StageBody)}
        error={fieldError('body')}
        options={stageBodies.map((b) => ({ value: b.id, label: `${label(b)} – ${b.long}` }))}
      />
      {body !== 'remiss' && (
        <SelectField
          label={t('stages.meeting')}
          hint={t('stages.meetingHint')}
          value={meetingId}
          onChange={(e) => chooseMeeting(e.target.value)}
          error={fieldError('meetingId')}
          options={[
            { value: '', label: t('stages.noMeeting') },
            ...meetingOptions.map((m) => ({ value: m.id, label: m.date })),
          ]}
        />
      )}
      <TextField
        type="date"
        label={body === 'remiss' ? t('stages.remissDate') : t('stages.meetingDate')}
        value={meetingDate}
        onChange={(e) => {
          setMeetingDate(e.target.value);
          setMeetingId('');
        }}
        error={fieldError('meetingDate')}
      />
      <TextField
        type="date"
        label={t('stages.submittedDate')}
        value={submittedDate}
        onChange={(e) => setSubmittedDate(e.target.value)}
        error={fieldError('submittedDate')}
      />
      <TextField
        label={t('stages.paragraph')}
        hint={t('stages.paragraphHint')}
        value={paragraph}
        onChange={(e) => setParagraph(e.target.value)}
        error={fieldError('paragraph')}
      />
      <SelectField
        label={t('stages.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as StageOutcome | '')}
        error={fieldError('outcome')}
        options={[
          { value: '', label: t('stages.noOutcome') },
          ...stageOutcomes.map((o) => ({ value: o.id, label: label(o) })),
        ]}
      />
      {(outcome === 'aterremiss' ||
        outcome === 'bordlaggning' ||
        outcome === 'avslag' ||
        outcomeReason) && (
        <div className="wide">
          <TextArea
            label={outcome === 'aterremiss' ? t('stages.reasonReturn') : t('stages.reason')}
            value={outcomeReason}
            onChange={(e) => setOutcomeReason(e.target.value)}
            error={fieldError('outcomeReason')}
            required={outcome === 'aterremiss'}
            rows={2}
          />
        </div>
      )}
      <div className="wide">
        <TextArea
          label={t('stages.decisionText')}
          value={decisionText}
          onChange={(e) => setDecisionText(e.target.value)}
          error={fieldError('decisionText')}
          rows={2}
        />
      </div>
      <div className="wide">
        <TextField
          label={t('stages.protocolRef')}
          hint={t('stages.protocolRefHint')}
          value={protocolRef}
          onChange={(e) => setProtocolRef(e.target.value)}
          error={fieldError('protocolRef')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('stages.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
