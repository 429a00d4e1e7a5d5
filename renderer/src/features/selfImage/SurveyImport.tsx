// Runs in: renderer. Importing a survey's answers from CSV or Excel (S19): the file is read and
// previewed first; problems are listed by line and nothing is saved until the file is clean.
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyPreview } from '../../../../shared/domain/selfImage';
import { call } from '../../api/client';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, toAppError } from '../../ui/useQuery';
import { readAsBase64 } from '../cases/files';
import { todayIso } from '../staircase/dates';

export function SurveyImport() {
  const { t } = useTranslation('selfImage');
  const toast = useToast();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<SurveyPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [surveyName, setSurveyName] = useState('');
  const [answeredOn, setAnsweredOn] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setPreview(null);
    setProblem(null);
    if (!chosen) return;
    const loaded = { fileName: chosen.name, contentBase64: await readAsBase64(chosen) };
    setFile(loaded);
    if (!surveyName) setSurveyName(chosen.name.replace(/\.(csv|xlsx|txt)$/i, ''));
    try {
      setPreview(await call('selfImage:surveyPreview', loaded));
    } catch (err) {
      setProblem(toAppError(err).message);
    }
  };

  const importNow = async () => {
    if (!file) return;
    setBusy(true);
    const result = await mutate('selfImage:surveyImport', { ...file, surveyName, answeredOn });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setProblem(result.error.message);
      return;
    }
    setErrors({});
    toast.success(t('survey.imported', { count: result.value.imported }));
    setFile(null);
    setPreview(null);
    setSurveyName('');
  };

  const matched = preview?.columns.filter((c) => c.statementId) ?? [];
  const ignored = preview?.columns.filter(
    (c) =>
      !c.statementId &&
      c.header !== preview.respondentColumn &&
      c.header !== preview.orgNumberColumn,
  );
  return (
    <div className="stack">
      <p>{t('survey.hint')}</p>
      <div className="field">
        <label htmlFor="survey-file">{t('survey.file')}</label>
        <input
          id="survey-file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv"
          onChange={(e) => void choose(e)}
        />
      </div>
      {problem && (
        <div className="banner banner-error" role="alert">
          {problem}
        </div>
      )}
      {preview && (
        <>
          <p>
            {t('survey.previewSummary', {
              respondents: preview.respondents.length,
              statements: matched.length,
              column: preview.respondentColumn ?? '–',
            })}
          </p>
          {ignored && ignored.length > 0 && (
            <p className="muted">
              {t('survey.ignored', { columns: ignored.map((c) => c.header).join(', ') })}
            </p>
          )}
          {preview.errors.length > 0 && (
            <div className="banner banner-error" role="alert">
              <p>{t('survey.errorsHeading', { count: preview.errors.length })}</p>
              <ul>
                {preview.errors.slice(0, 50).map((e, i) => (
                  <li key={`${e.line}-${i}`}>{e.message}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.errors.length === 0 && (
            <>
              <table className="data-table">
                <caption className="visually-hidden">{t('survey.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survey.line')}</th>
                    <th scope="col">{t('survey.respondent')}</th>
                    <th scope="col">{t('survey.company')}</th>
                    <th scope="col" className="num">
                      {t('survey.answers')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.respondents.slice(0, 20).map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td>{r.name}</td>
                      <td>{r.companyId ? t('survey.inRegister') : t('survey.notInRegister')}</td>
                      <td className="num">{r.scores}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="climate-form-row">
                <TextField
                  label={t('survey.name')}
                  value={surveyName}
                  onChange={(e) => setSurveyName(e.target.value)}
                  error={errors.surveyName}
                  required
                />
                <TextField
                  label={t('survey.date')}
                  type="date"
                  value={answeredOn}
                  onChange={(e) => setAnsweredOn(e.target.value)}
                  error={errors.answeredOn}
                  required
                />
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void importNow()}
                >
                  {t('survey.import', { count: preview.respondents.length })}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
