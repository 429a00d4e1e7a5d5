// Runs in: renderer. Changing a goal's target with a reason, and the history of earlier targets
// (F08): where the goal started, and why it moved.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/domain/goals';
import { TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { formatNumber, numberText, parseNumber } from './format';

export function RevisionsSection({ goal }: { goal: Goal }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const [value, setValue] = useState(numberText(goal.targetValue));
  const [date, setDate] = useState(goal.targetDate ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const target = (v: number | null, d: string | null) =>
    v === null && d === null
      ? t('list.none')
      : v === null
        ? t('revisions.dateOnly', { date: d })
        : d === null
          ? formatNumber(v)
          : t('revisions.target', { value: formatNumber(v), date: d });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseNumber(value);
    if (parsed === undefined) {
      setErrors({ targetValue: t('goal.notANumber') });
      return;
    }
    if (reason.trim() === '') {
      setErrors({ reason: t('goal.revisionReasonRequired') });
      return;
    }
    setSaving(true);
    const result = await mutate('goals:revise', {
      id: goal.id,
      targetValue: parsed,
      targetDate: date || null,
      reason,
    });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? { reason: result.error.message });
      return;
    }
    setErrors({});
    setReason('');
    toast.success(t('revisions.saved'));
  };

  return (
    <section className="card" aria-labelledby="goal-revisions-title">
      <h2 id="goal-revisions-title">{t('revisions.title')}</h2>
      {goal.revisions.length === 0 ? (
        <p className="muted">{t('revisions.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('revisions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('revisions.changedAt')}</th>
                <th scope="col">{t('revisions.from')}</th>
                <th scope="col">{t('revisions.to')}</th>
                <th scope="col">{t('revisions.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.revisions.map((r) => (
                <tr key={r.id}>
                  <td>{r.changedAt.slice(0, 10)}</td>
                  <td>{target(r.oldTargetValue, r.oldTargetDate)}</td>
                  <td>{target(r.newTargetValue, r.newTargetDate)}</td>
                  <td className="wrap">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="revise-section">
        <summary>{t('revisions.change')}</summary>
        <form className="form revise-form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField
            label={t('goal.targetValue')}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={errors.targetValue}
          />
          <TextField
            label={t('goal.targetDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={errors.targetDate}
          />
          <div className="wide">
            <TextArea
              label={t('goal.revisionReason')}
              hint={t('goal.revisionReasonHint')}
              required
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors.reason}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              {t('revisions.save')}
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}
