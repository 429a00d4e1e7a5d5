// Runs in: renderer. The result of the check: what the import would do, and every row error.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowError } from '../../../../shared/domain/imports';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { fieldLabel } from './importLabels';

type NumberedError = ImportRowError & { n: number };

export function CheckReport({ report, onStart }: { report: ImportReport; onStart: () => void }) {
  const { t } = useTranslation('importer');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [report]);

  const counts: [string, number][] = [
    ['rows', report.rowCount],
    ['valid', report.valid],
    ['toInsert', report.toInsert],
    ['toUpdate', report.toUpdate],
    ['toSkip', report.toSkip],
    ['invalid', report.rowCount - report.valid],
  ];
  const errors: NumberedError[] = report.errors.map((e, n) => ({ ...e, n }));
  const columns: Column<NumberedError>[] = [
    { key: 'row', header: t('report.columns.row'), width: '70px', render: (e) => e.row },
    {
      key: 'field',
      header: t('report.columns.field'),
      width: '1fr',
      render: (e) => fieldLabel(t, e.field),
    },
    { key: 'message', header: t('report.columns.message'), width: '3fr', render: (e) => e.message },
  ];

  return (
    <section className="card import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" ref={headingRef} tabIndex={-1}>
        {t('report.title')}
      </h2>
      <p>{t('report.intro')}</p>
      <dl className="import-counts">
        {counts.map(([key, value]) => (
          <div
            key={key}
            className={key === 'invalid' && value > 0 ? 'import-count-bad' : undefined}
          >
            <dt>{t(`report.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('report.errorsTitle')}</h3>
      {errors.length === 0 ? (
        <p>{t('report.noErrors')}</p>
      ) : (
        <>
          <p>{t('report.errorsNote')}</p>
          <div className="import-errors">
            <PagedTable<NumberedError>
              label={t('report.errorsTable')}
              columns={columns}
              queryKey={String(errors.length)}
              fetchPage={(offset, limit) =>
                Promise.resolve({
                  rows: errors.slice(offset, offset + limit),
                  total: errors.length,
                  offset,
                })
              }
              rowKey={(e) => String(e.n)}
              onOpen={() => undefined}
              emptyText={t('report.noErrors')}
              testId="import-errors-table"
            />
          </div>
        </>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={report.valid === 0}
          onClick={onStart}
        >
          {t('report.start', { count: report.valid })}
        </button>
      </div>
      {report.valid === 0 && <p>{t('report.nothing')}</p>}
    </section>
  );
}
