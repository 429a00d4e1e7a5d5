// Runs in: renderer. The goal's dated series (F05): a table, newest first, with edit and delete,
// and the form to add a measurement (or change the one being edited).
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, GoalMeasurement } from '../../../../shared/domain/goals';
import { label } from '../../i18n';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { formatNumber, numberText, parseNumber } from './format';

const localToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

interface Draft {
  id: string | null;
  date: string;
  value: string;
  comment: string;
  source: string;
}

export function MeasurementsSection({ goal }: { goal: Goal }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const lastSource = goal.measurements.at(-1)?.source ?? goal.indicatorSourceNote;
  const blank = (): Draft => ({
    id: null,
    date: localToday(),
    value: '',
    comment: '',
    source: lastSource,
  });
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const newestFirst = [...goal.measurements].reverse();

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const value = parseNumber(draft.value);
    if (value === null || value === undefined) {
      setErrors({ value: value === null ? t('measurements.valueRequired') : t('goal.notANumber') });
      valueRef.current?.focus();
      return;
    }
    setSaving(true);
    const fields = { date: draft.date, value, comment: draft.comment, source: draft.source };
    const result = draft.id
      ? await mutate('goals:measure', { action: 'edit', id: draft.id, ...fields })
      : await mutate('goals:measure', { action: 'add', goalId: goal.id, ...fields });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? { value: result.error.message });
      return;
    }
    setErrors({});
    toast.success(
      t(draft.id ? 'measurements.changed' : 'measurements.added', {
        status: label(result.value.status.label),
      }),
    );
    setDraft({ ...blank(), source: draft.source });
    valueRef.current?.focus();
  };

  const edit = (m: GoalMeasurement) => {
    setDraft({
      id: m.id,
      date: m.date,
      value: numberText(m.value),
      comment: m.comment,
      source: m.source,
    });
    setErrors({});
    window.setTimeout(() => dateRef.current?.focus(), 0);
  };

  const remove = async (m: GoalMeasurement) => {
    const result = await mutate('goals:measure', { action: 'delete', id: m.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    if (draft.id === m.id) setDraft(blank());
    toast.success(t('measurements.deleted', { date: m.date }), {
      undo: () => {
        void mutate('goals:measure', { action: 'restore', id: m.id }).then((r) =>
          r.ok
            ? toast.success(t('toast.restored', { ns: 'common' }))
            : toast.error(r.error.message),
        );
      },
    });
  };

  return (
    <section className="card" aria-labelledby="goal-measurements-title">
      <h2 id="goal-measurements-title">{t('measurements.title')}</h2>
      <form
        className="measurement-form"
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-label={draft.id ? t('measurements.editTitle') : t('measurements.addTitle')}
      >
        <h3>{draft.id ? t('measurements.editTitle') : t('measurements.addTitle')}</h3>
        <div className="measurement-fields">
          <TextField
            ref={dateRef}
            label={t('measurements.date')}
            type="date"
            required
            value={draft.date}
            onChange={(e) => set('date', e.target.value)}
            error={errors.date}
          />
          <TextField
            ref={valueRef}
            label={
              goal.indicatorUnit
                ? `${t('measurements.value')} (${goal.indicatorUnit})`
                : t('measurements.value')
            }
            inputMode="decimal"
            required
            value={draft.value}
            onChange={(e) => set('value', e.target.value)}
            error={errors.value}
          />
          <TextField
            label={t('measurements.comment')}
            value={draft.comment}
            maxLength={2000}
            onChange={(e) => set('comment', e.target.value)}
            error={errors.comment}
          />
          <TextField
            label={t('measurements.source')}
            value={draft.source}
            maxLength={300}
            onChange={(e) => set('source', e.target.value)}
            error={errors.source}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {draft.id ? t('measurements.saveChange') : t('measurements.add')}
          </button>
          {draft.id && (
            <button type="button" className="button" onClick={() => setDraft(blank())}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          )}
        </div>
      </form>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('measurements.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table measurement-table">
            <caption className="visually-hidden">{t('measurements.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measurements.date')}</th>
                <th scope="col" className="num">
                  {t('measurements.value')}
                </th>
                <th scope="col">{t('measurements.comment')}</th>
                <th scope="col">{t('measurements.source')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('measurements.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((m) => (
                <tr key={m.id}>
                  <td>{m.date}</td>
                  <td className="num">{formatNumber(m.value)}</td>
                  <td className="wrap">{m.comment}</td>
                  <td className="wrap">{m.source}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small" onClick={() => edit(m)}>
                      {t('actions.edit', { ns: 'common' })}
                      <span className="visually-hidden">
                        {' '}
                        {t('measurements.rowName', { date: m.date })}
                      </span>
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => void remove(m)}
                    >
                      {t('actions.delete', { ns: 'common' })}
                      <span className="visually-hidden">
                        {' '}
                        {t('measurements.rowName', { date: m.date })}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
