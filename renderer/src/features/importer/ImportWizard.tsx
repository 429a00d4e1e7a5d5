// Runs in: renderer. Importera företagslista: choose a file, map and check its columns, then import
// in steps with a progress bar. The core holds one transaction for the whole import, so a cancel
// or a failure leaves the register exactly as it was.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importFields } from '../../../../shared/contract/companies';
import type { ImportBatch, ImportPreview, ImportReport } from '../../../../shared/domain/imports';
import type { AppError } from '../../../../shared/errors';
import { call, CallError } from '../../api/client';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { invalidate, toAppError } from '../../ui/useQuery';
import { CheckReport } from './CheckReport';
import { FileStep } from './FileStep';
import { ImportDone } from './ImportDone';
import { ImportHistory } from './ImportHistory';
import { ImportSteps } from './ImportSteps';
import { mappingReady, MappingPanel, type Duplicates, type Mapping } from './MappingPanel';
import { PreviewPanel } from './PreviewPanel';
import { fileProblem, readFileAsBase64 } from './readFile';
import { RunProgress } from './RunProgress';

interface LoadedFile {
  fileName: string;
  contentBase64: string;
}

/** The core's suggestion, keeping only values the contract accepts. */
function initialMapping(preview: ImportPreview): Mapping {
  const mapping: Mapping = {};
  for (const header of preview.headers) {
    const suggested = preview.suggestedMapping[header] ?? '';
    mapping[header] = (importFields as readonly string[]).includes(suggested)
      ? (suggested as Mapping[string])
      : '';
  }
  return mapping;
}

export function ImportWizard() {
  const { t } = useTranslation('importer');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMappingState] = useState<Mapping>({});
  const [duplicates, setDuplicatesState] = useState<Duplicates>('skip');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'reading' | 'checking' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
    started: boolean;
  } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const cancelRequested = useRef(false);
  const messageRef = useRef<HTMLDivElement>(null);

  // A message may come while the officer is far down the page (after the check or a cancel).
  useEffect(() => {
    if (error || notice) messageRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error, notice]);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setReport(null);
    setBatch(null);
    setError(null);
    setNotice(null);
  };

  // A report belongs to one mapping and one duplicate rule: any change makes it stale.
  const setMapping = (next: Mapping) => {
    setMappingState(next);
    setReport(null);
  };
  const setDuplicates = (next: Duplicates) => {
    setDuplicatesState(next);
    setReport(null);
  };

  const chooseFile = async (chosen: File) => {
    reset();
    const problem = fileProblem(chosen);
    if (problem) {
      setError({ code: 'IMPORT', message: t(problem) });
      return;
    }
    setBusy('reading');
    try {
      const loaded = { fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) };
      const found = await call('companies:importPreview', loaded);
      setFile(loaded);
      setPreview(found);
      setMappingState(initialMapping(found));
    } catch (err) {
      setError(
        err instanceof CallError ? err.error : { code: 'IMPORT', message: t('file.unreadable') },
      );
    } finally {
      setBusy(null);
    }
  };

  const check = async () => {
    if (!file) return;
    setBusy('checking');
    setError(null);
    setNotice(null);
    try {
      setReport(await call('companies:importCheck', { ...file, mapping, duplicates }));
    } catch (err) {
      setError(toAppError(err));
    } finally {
      setBusy(null);
    }
  };

  const run = async () => {
    if (!file || !report) return;
    cancelRequested.current = false;
    setCancelling(false);
    setError(null);
    setNotice(null);
    setProgress({ done: 0, total: report.valid, started: false });
    let sessionId: string | null = null;
    try {
      // call(), not mutate(): every open view would reload after each step. One reload at the end.
      let step = await call('companies:importStart', { ...file, mapping, duplicates });
      sessionId = step.sessionId;
      setProgress({ done: step.done, total: step.total, started: true });
      while (!step.finished) {
        if (cancelRequested.current) {
          await call('companies:importCancel', { sessionId });
          setNotice(t('run.cancelled'));
          return;
        }
        step = await call('companies:importStep', { sessionId });
        setProgress({ done: step.done, total: step.total, started: true });
      }
      setBatch(step.batch);
    } catch (err) {
      const failure = toAppError(err);
      setError({ ...failure, message: `${t('run.failed')} ${failure.message}` });
      if (sessionId) void call('companies:importCancel', { sessionId }).catch(() => undefined);
    } finally {
      setProgress(null);
      setCancelling(false);
      invalidate();
    }
  };

  const stepNow = progress || batch ? 'run' : preview ? 'check' : 'file';
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <a className="button" href={href('companies')}>
          {t('actions.back', { ns: 'common' })}
        </a>
      }
    >
      <ImportSteps current={stepNow} />
      <div ref={messageRef}>
        {error && <ErrorBanner error={error} />}
        {notice && (
          <div className="banner banner-info" role="status">
            {notice}
          </div>
        )}
      </div>
      {progress ? (
        <RunProgress
          {...progress}
          cancelling={cancelling}
          onCancel={() => {
            cancelRequested.current = true;
            setCancelling(true);
          }}
        />
      ) : batch ? (
        <>
          <ImportDone batch={batch} onAgain={reset} />
          <ImportHistory hideId={batch.id} />
        </>
      ) : file && preview ? (
        <>
          <PreviewPanel fileName={file.fileName} preview={preview} />
          <MappingPanel
            preview={preview}
            mapping={mapping}
            onMapping={setMapping}
            duplicates={duplicates}
            onDuplicates={setDuplicates}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy !== null || !mappingReady(mapping)}
              onClick={() => void check()}
            >
              {busy === 'checking' ? t('preview.checking') : t('preview.check')}
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={reset}>
              {t('file.other')}
            </button>
            <a className="button" href={href('companies')}>
              {t('cancel')}
            </a>
          </div>
          {report && <CheckReport report={report} onStart={() => void run()} />}
        </>
      ) : (
        <>
          <FileStep onFile={(f) => void chooseFile(f)} reading={busy === 'reading'} />
          <ImportHistory />
        </>
      )}
    </Page>
  );
}
