// Runs in: renderer. Importera statistik: choose a Kolada or SCB CSV, see the preview (created,
// updated, skipped with reasons), choose the municipality's area, then import in one go. A broken
// file shows the core's Swedish message with its line number and nothing is saved.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  StatisticsImportPreview,
  StatisticsImportResult,
} from '../../../../shared/domain/statistics';
import { CallError, call } from '../../api/client';
import { href } from '../../app/router';
import { readFileAsBase64 } from '../importer/readFile';
import { Page } from '../../ui/Page';
import { mutate } from '../../ui/useQuery';
import { ImportPreviewView } from './ImportPreviewView';

interface Loaded {
  fileName: string;
  contentBase64: string;
}

export function StatisticsImportPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('analysis');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<StatisticsImportPreview | null>(null);
  const [done, setDone] = useState<StatisticsImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const runPreview = async (loaded: Loaded, mainArea = '') => {
    setBusy(true);
    try {
      setPreview(await call('statistics:importPreview', { programmeId, ...loaded, mainArea }));
      setError(null);
    } catch (err) {
      setPreview(null);
      setError(err instanceof CallError ? err.error.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (chosen: File) => {
    setDone(null);
    if (!/\.(csv|txt)$/i.test(chosen.name)) {
      setError(t('import.wrongType'));
      return;
    }
    const loaded = { fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) };
    setFile(loaded);
    await runPreview(loaded);
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy(true);
    const result = await mutate('statistics:importCommit', {
      programmeId,
      ...file,
      mainArea: preview.mainArea,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setDone(result.value);
    setPreview(null);
    setFile(null);
  };

  return (
    <Page title={t('import.title')} subtitle={t('import.subtitle')}>
      <p>
        <a href={href('analysis', 'statistics')}>{t('import.back')}</a>
      </p>
      <section className="card">
        <div className="field">
          <label htmlFor={id}>{t('import.file')}</label>
          <input
            ref={inputRef}
            id={id}
            className="visually-hidden"
            type="file"
            accept=".csv,.txt"
            aria-describedby={`${id}-hint`}
            tabIndex={-1}
            disabled={busy}
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (chosen) void choose(chosen);
            }}
          />
          <div className="file-pick">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => inputRef.current?.click()}
            >
              {done || preview ? t('import.another') : t('import.choose')}
            </button>
            {busy && <span role="status">{t('import.reading')}</span>}
            {file && <span>{t('import.fileName', { name: file.fileName })}</span>}
          </div>
          <div className="field-hint" id={`${id}-hint`}>
            {t('import.hint')}
          </div>
        </div>
      </section>
      {error && (
        <div className="banner banner-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </div>
      )}
      {done && (
        <div className="banner banner-info" role="status">
          {t('import.done', { ...done })}{' '}
          <a href={href('analysis', 'statistics')}>{t('import.back')}</a>
        </div>
      )}
      {preview && file && (
        <>
          <ImportPreviewView preview={preview} onMainArea={(area) => void runPreview(file, area)} />
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void commit()}
            >
              {t('import.commit', { count: preview.valueCount })}
            </button>
          </p>
        </>
      )}
    </Page>
  );
}
