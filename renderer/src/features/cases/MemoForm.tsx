// Runs in: renderer. The officer's text for the tjänsteskrivelse: sammanfattning, bakgrund,
// bedömning, each consequence (or the explicit "Bedöms inte påverkas"), extra decision points,
// who the decision is sent to and who signs.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consequenceKeys,
  type CaseDetail,
  type CaseMemo,
  type ConsequenceKey,
} from '../../../../shared/domain/cases';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { CheckboxField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

type MemoState = Omit<CaseMemo, 'remissOverview'>;

const fromDetail = (d: CaseDetail): MemoState => ({
  summary: d.summary,
  background: d.background,
  assessment: d.assessment,
  consequences: d.consequences,
  proposalExtra: d.proposalExtra,
  sendTo: d.sendTo,
  signerName: d.signerName,
  signerTitle: d.signerTitle,
});

export function MemoForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [memo, setMemo] = useState<MemoState>(() => fromDetail(detail));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const set = <K extends keyof MemoState>(key: K, value: MemoState[K]) =>
    setMemo((m) => ({ ...m, [key]: value }));
  const setConsequence = (
    key: ConsequenceKey,
    patch: Partial<CaseMemo['consequences'][ConsequenceKey]>,
  ) =>
    setMemo((m) => ({
      ...m,
      consequences: { ...m.consequences, [key]: { ...m.consequences[key], ...patch } },
    }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('cases:update', { id: detail.id, ...memo });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('memo.saved'));
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form case-memo"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
      }}
      noValidate
      aria-labelledby="case-memo-title"
    >
      <h2 id="case-memo-title" className="wide form-heading">
        {t('memo.title')}
      </h2>
      <p className="wide muted">{t('memo.intro')}</p>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <div className="wide">
        <TextArea
          ref={firstRef}
          label={t('memo.summary')}
          hint={t('memo.summaryHint')}
          value={memo.summary}
          onChange={(e) => set('summary', e.target.value)}
          error={fieldError('summary')}
          rows={4}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('memo.background')}
          hint={t('memo.backgroundHint')}
          value={memo.background}
          onChange={(e) => set('background', e.target.value)}
          error={fieldError('background')}
          rows={4}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('memo.assessment')}
          hint={t('memo.assessmentHint')}
          value={memo.assessment}
          onChange={(e) => set('assessment', e.target.value)}
          error={fieldError('assessment')}
          rows={4}
        />
      </div>
      <fieldset className="wide case-consequences">
        <legend>{t('memo.consequences')}</legend>
        {consequenceKeys.map((key) => (
          <div key={key.id} className="case-consequence">
            <TextArea
              label={label(key)}
              value={memo.consequences[key.id].text}
              onChange={(e) => setConsequence(key.id, { text: e.target.value })}
              error={fieldError(`consequences.${key.id}.text`)}
              rows={2}
            />
            <CheckboxField
              label={t('memo.notAffected')}
              checked={memo.consequences[key.id].notAffected}
              onChange={(e) => setConsequence(key.id, { notAffected: e.target.checked })}
            />
          </div>
        ))}
      </fieldset>
      <div className="wide">
        <TextArea
          label={t('memo.proposalExtra')}
          hint={t('memo.proposalExtraHint')}
          value={memo.proposalExtra}
          onChange={(e) => set('proposalExtra', e.target.value)}
          error={fieldError('proposalExtra')}
          rows={2}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('memo.sendTo')}
          hint={t('memo.sendToHint')}
          value={memo.sendTo}
          onChange={(e) => set('sendTo', e.target.value)}
          error={fieldError('sendTo')}
          rows={3}
        />
      </div>
      <TextField
        label={t('memo.signerName')}
        value={memo.signerName}
        onChange={(e) => set('signerName', e.target.value)}
        error={fieldError('signerName')}
      />
      <TextField
        label={t('memo.signerTitle')}
        hint={t('memo.signerTitleHint')}
        value={memo.signerTitle}
        onChange={(e) => set('signerTitle', e.target.value)}
        error={fieldError('signerTitle')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('memo.save')}
        </button>
      </div>
    </form>
  );
}
