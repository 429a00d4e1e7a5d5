// Runs in: renderer. The export log: what was exported, when and how, and per line whether the data
// it was built from has changed since ("which version did KSAU get, and is it still true?").
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportDocumentInfo, ExportLogEntry } from '../../../../shared/domain/export';
import { call } from '../../api/client';
import { label } from '../../i18n';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { toAppError, useDataVersion } from '../../ui/useQuery';
import { logSummary } from './logSummary';

type Check =
  | { state: 'checking' }
  | { state: 'same' | 'changed'; version: number }
  | { state: 'failed'; message: string };

function ChangedCell({
  entry,
  check,
  current,
  onCheck,
}: {
  entry: ExportLogEntry;
  check: Check | undefined;
  current: number;
  onCheck: () => void;
}) {
  const { t } = useTranslation('export');
  // An answer holds until the next save anywhere in the app; then it is asked again.
  const answer = check && 'version' in check && check.version === current ? check : undefined;
  const button = (text: string) => (
    <button
      type="button"
      className="button button-small"
      title={t('log.checkLabel', { fileName: entry.fileName })}
      onClick={(e) => {
        // The row's own click would check a second time.
        e.stopPropagation();
        onCheck();
      }}
    >
      {text}
      <span className="visually-hidden"> – {entry.fileName}</span>
    </button>
  );
  return (
    <span className="export-changed">
      <span aria-live="polite">
        {check?.state === 'checking' && <span className="muted">{t('log.checking')}</span>}
        {answer?.state === 'same' && (
          <span className="badge badge-success">
            <span aria-hidden="true">✓ </span>
            {t('log.same')}
          </span>
        )}
        {answer?.state === 'changed' && (
          <span className="badge badge-warning">
            <span aria-hidden="true">⚠ </span>
            {t('log.changedYes')}
          </span>
        )}
        {check?.state === 'failed' && (
          <span className="field-error" title={check.message}>
            {check.message}
          </span>
        )}
      </span>
      {check?.state !== 'checking' && button(answer ? t('log.checkAgain') : t('log.check'))}
    </span>
  );
}

export function ExportLog({ documents }: { documents: ExportDocumentInfo[] }) {
  const { t } = useTranslation('export');
  const version = useDataVersion();
  const [checks, setChecks] = useState<Map<string, Check>>(new Map());
  const fetchPage = useCallback(
    (offset: number, limit: number) => call('export:log', { offset, limit }),
    [],
  );

  const check = (id: string) => {
    const asked = version;
    const set = (value: Check) => setChecks((old) => new Map(old).set(id, value));
    set({ state: 'checking' });
    call('export:changedSince', { id }).then(
      (result) => set({ state: result.changed ? 'changed' : 'same', version: asked }),
      (err: unknown) => set({ state: 'failed', message: toAppError(err).message }),
    );
  };

  const docOf = (id: string) => documents.find((d) => d.id === id);
  const columns: Column<ExportLogEntry>[] = [
    {
      key: 'when',
      header: t('log.when'),
      width: '130px',
      render: (e) => formatTimestamp(e.createdAt),
    },
    {
      key: 'document',
      header: t('log.document'),
      width: '150px',
      render: (e) => {
        const doc = docOf(e.document);
        return doc ? label(doc.title) : e.document;
      },
    },
    {
      key: 'options',
      header: t('log.options'),
      width: 'minmax(180px, 3fr)',
      render: (e) => {
        const summary = logSummary(e, docOf(e.document), t);
        return <span title={summary}>{summary}</span>;
      },
    },
    {
      key: 'file',
      header: t('log.file'),
      width: 'minmax(160px, 2fr)',
      render: (e) => <span title={e.fileName}>{e.fileName}</span>,
    },
    {
      key: 'changed',
      header: t('log.changed'),
      width: '320px',
      render: (e) => (
        <ChangedCell
          entry={e}
          check={checks.get(e.id)}
          current={version}
          onCheck={() => check(e.id)}
        />
      ),
    },
  ];

  return (
    <section className="card export-log" aria-labelledby="export-log">
      <h2 id="export-log">{t('log.title')}</h2>
      <p className="muted">{t('log.intro')}</p>
      <PagedTable
        label={t('log.label')}
        columns={columns}
        fetchPage={fetchPage}
        queryKey="export-log"
        rowKey={(e) => e.id}
        onOpen={(e) => check(e.id)}
        emptyText={t('log.empty')}
        testId="export-log"
      />
    </section>
  );
}
