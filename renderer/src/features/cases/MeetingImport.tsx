// Runs in: renderer. Importing the meeting calendar from a file: a CSV (datum;organ) or an .ics
// exported from Outlook. Meetings already in the calendar are skipped; unreadable lines are listed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingImportResult } from '../../../../shared/domain/cases';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { readAsBase64 } from './files';

export function MeetingImport() {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MeetingImportResult | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setResult(null);
    const contentBase64 = await readAsBase64(file);
    const outcome = await mutate('meetings:import', { fileName: file.name, contentBase64 });
    setBusy(false);
    if (!outcome.ok) {
      toast.error(outcome.error.message);
      return;
    }
    setResult(outcome.value);
    toast.success(t('meetings.imported', { count: outcome.value.added }));
  };

  return (
    <section className="card case-meeting-import" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="form-heading">
        {t('meetings.importTitle')}
      </h2>
      <p className="muted">{t('meetings.importHint')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('meetings.importFile')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,.ics,text/csv,text/calendar"
          disabled={busy}
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {result && (
        <div role="status" className="case-import-result">
          <p>{t('meetings.importResult', { added: result.added, skipped: result.skipped })}</p>
          {result.problems.length > 0 && (
            <ul className="banner banner-warning">
              {result.problems.map((p, i) => (
                <li key={i}>
                  {p.line > 0
                    ? t('meetings.problemLine', { line: p.line, message: p.message })
                    : p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
