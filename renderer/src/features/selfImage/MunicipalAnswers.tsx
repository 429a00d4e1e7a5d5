// Runs in: renderer. The municipality's own answers (officials and politicians), typed in one
// respondent at a time, and the list of those already given.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  municipalRoles,
  type MunicipalRole,
  type SelfImageStatement,
} from '../../../../shared/domain/selfImage';
import { label } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { Empty } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { todayIso } from '../staircase/dates';
import { ScoreInputs, scoresToList, type ScoreMap } from './ScoreInputs';

export function MunicipalAnswers({ statements }: { statements: SelfImageStatement[] }) {
  const { t } = useTranslation('selfImage');
  const toast = useToast();
  const respondents = useQuery('selfImage:respondents', { side: 'municipality' });
  const [name, setName] = useState('');
  const [role, setRole] = useState<MunicipalRole>('official');
  const [answeredOn, setAnsweredOn] = useState(todayIso());
  const [scores, setScores] = useState<ScoreMap>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await mutate('selfImage:saveRespondent', {
      side: 'municipality',
      name,
      role,
      answeredOn,
      scores: scoresToList(scores),
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      toast.error(result.error.message);
      return;
    }
    setErrors({});
    setName('');
    setScores({});
    toast.success(t('municipal.saved', { name: result.value.name }));
  };

  const remove = async (id: string, who: string) => {
    const result = await mutate('selfImage:deleteRespondent', { id });
    if (result.ok) toast.success(t('municipal.deleted', { name: who }));
    else toast.error(result.error.message);
  };

  const roleLabel = (id: MunicipalRole | null) => {
    const found = municipalRoles.find((r) => r.id === id);
    return found ? label(found) : '';
  };
  return (
    <div className="stack">
      {respondents.data && respondents.data.length === 0 && <Empty>{t('municipal.none')}</Empty>}
      {respondents.data && respondents.data.length > 0 && (
        <ul>
          {respondents.data.map((r) => (
            <li key={r.id}>
              {r.name}{' '}
              <span className="muted">
                ({roleLabel(r.role)}, {r.answeredOn})
              </span>{' '}
              {t('municipal.answers', { count: r.scores.length })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void remove(r.id, r.name)}
                aria-label={t('municipal.deleteLabel', { name: r.name })}
              >
                {t('municipal.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={(e) => void save(e)} noValidate>
        <h3>{t('municipal.add')}</h3>
        <div className="climate-form-row">
          <TextField
            label={t('municipal.name')}
            hint={t('municipal.nameHint')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            required
          />
          <SelectField
            label={t('municipal.role')}
            value={role}
            onChange={(e) => setRole(e.target.value as MunicipalRole)}
            options={municipalRoles.map((r) => ({ value: r.id, label: label(r) }))}
          />
          <TextField
            label={t('municipal.date')}
            type="date"
            value={answeredOn}
            onChange={(e) => setAnsweredOn(e.target.value)}
            error={errors.answeredOn}
            required
          />
        </div>
        <ScoreInputs
          statements={statements}
          value={scores}
          onChange={setScores}
          idPrefix="municipal-score"
        />
        {errors.scores && (
          <div className="field-error" role="alert">
            {errors.scores}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('municipal.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
