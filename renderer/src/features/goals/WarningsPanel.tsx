// Runs in: renderer. What to look at in the programme's focus areas and goals (F09, F10, P03, P08,
// I07), each with a link to where it is fixed, and the goal limit per focus area (F09).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { goalWarningKinds, type GoalWarning } from '../../../../shared/domain/goals';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';

const linkOf = (w: GoalWarning): string =>
  w.goalId
    ? href('goals', w.goalId)
    : w.focusAreaId
      ? href('goals', 'areas', w.focusAreaId)
      : href('goals');

function LimitForm({ limit }: { limit: number }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const [text, setText] = useState(String(limit));
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 20) {
      setError(t('warnings.limitInvalid'));
      return;
    }
    setSaving(true);
    const result = await mutate('goals:setLimit', { limit: value });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.fields?.limit ?? result.error.message);
      return;
    }
    setError(undefined);
    toast.success(t('warnings.limitSaved', { count: result.value.limit }));
  };
  return (
    <form className="goal-limit-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('warnings.limit')}
        hint={t('warnings.limitHint')}
        inputMode="numeric"
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error}
      />
      <button type="submit" className="button" disabled={saving}>
        {t('warnings.limitSave')}
      </button>
    </form>
  );
}

export function WarningsPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('goals');
  const query = useQuery('goals:warnings', { programmeId });
  if (query.error) return <ErrorBanner error={query.error} onRetry={query.reload} />;
  if (!query.data) return null;
  const { warnings, limit } = query.data;
  return (
    <section className="card goal-warnings" aria-labelledby="goal-warnings-title">
      <h2 id="goal-warnings-title">
        {warnings.length > 0 ? t('warnings.title', { count: warnings.length }) : t('warnings.none')}
      </h2>
      {warnings.length > 0 && (
        <details open={warnings.length <= 6}>
          <summary>{t('warnings.show')}</summary>
          <ul className="goal-warning-list">
            {warnings.map((w, i) => {
              const kind = goalWarningKinds.find((k) => k.id === w.kind)!;
              return (
                <li key={`${w.kind}-${w.goalId ?? w.focusAreaId ?? ''}-${i}`}>
                  <span className="badge badge-warning">
                    <span aria-hidden="true">! </span>
                    {label(kind)}
                  </span>{' '}
                  <a href={linkOf(w)}>{w.subject}</a>
                  <div>{label(w.message)}</div>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <LimitForm key={limit} limit={limit} />
    </section>
  );
}
