// Runs in: renderer. The staircase on a stakeholder's page: where the relation stands now, a form
// to record a new judgement, and the dated history (S20, I21).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { todayIso } from './dates';
import './climate.css';

export function StakeholderStaircase({ stakeholderId }: { stakeholderId: string }) {
  const { t } = useTranslation('staircase');
  const toast = useToast();
  const staircase = useQuery('staircase:forStakeholder', { stakeholderId });
  const levels = useQuery('staircase:levels', {});
  const [levelId, setLevelId] = useState('');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [judgedBy, setJudgedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await mutate('staircase:assess', {
      stakeholderId,
      levelId,
      date,
      note,
      judgedBy,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      toast.error(result.error.message);
      return;
    }
    setErrors({});
    setNote('');
    setLevelId('');
    toast.success(t('stakeholder.saved', { level: result.value.current?.levelName ?? '' }));
  };

  const remove = async (id: string) => {
    const result = await mutate('staircase:deleteAssessment', { id });
    if (result.ok) toast.success(t('stakeholder.removed'));
    else toast.error(result.error.message);
  };

  const current = staircase.data?.current;
  return (
    <section className="card" aria-labelledby="stakeholder-staircase">
      <h2 id="stakeholder-staircase">{t('stakeholder.heading')}</h2>
      {staircase.error && <ErrorBanner error={staircase.error} onRetry={staircase.reload} />}
      <p>
        {current ? (
          <>
            <span className="climate-current">
              {t('stakeholder.current', {
                level: current.levelName,
                position: current.levelPosition,
              })}
            </span>{' '}
            <span className="muted">
              {t('stakeholder.since', { date: current.date })}
              {current.judgedBy && ` · ${t('stakeholder.by', { name: current.judgedBy })}`}
            </span>
          </>
        ) : (
          t('stakeholder.noLevel')
        )}
      </p>
      <form className="climate-form-row" onSubmit={(e) => void save(e)} noValidate>
        <SelectField
          label={t('stakeholder.level')}
          value={levelId}
          onChange={(e) => setLevelId(e.target.value)}
          error={errors.levelId}
          required
          options={[
            { value: '', label: t('stakeholder.chooseLevel') },
            ...(levels.data ?? []).map((l) => ({
              value: l.id,
              label: `${l.position}. ${l.name}`,
            })),
          ]}
        />
        <TextField
          label={t('stakeholder.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.date}
          required
        />
        <TextField
          label={t('stakeholder.judgedBy')}
          value={judgedBy}
          onChange={(e) => setJudgedBy(e.target.value)}
          error={errors.judgedBy}
        />
        <TextField
          label={t('stakeholder.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('stakeholder.save')}
        </button>
      </form>
      {staircase.data && staircase.data.history.length > 0 && (
        <table className="data-table climate-wrap-table">
          <caption className="visually-hidden">{t('stakeholder.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stakeholder.date')}</th>
              <th scope="col">{t('stakeholder.level')}</th>
              <th scope="col">{t('stakeholder.judgedBy')}</th>
              <th scope="col">{t('stakeholder.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('stakeholder.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staircase.data.history.map((a) => (
              <tr key={a.id}>
                <td>{a.date}</td>
                <td>{`${a.levelPosition}. ${a.levelName}`}</td>
                <td>{a.judgedBy}</td>
                <td>{a.note}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void remove(a.id)}
                    aria-label={t('stakeholder.removeLabel', { date: a.date, level: a.levelName })}
                  >
                    {t('stakeholder.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={href('analysis', 'staircase')}>{t('stakeholder.toOverview')}</a>
      </p>
    </section>
  );
}
