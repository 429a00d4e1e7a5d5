// Runs in: renderer. What the core found in the file: encoding, delimiter, size and the first rows.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/domain/imports';
import { columnName, delimiterLabel } from './importLabels';

export function PreviewPanel({ fileName, preview }: { fileName: string; preview: ImportPreview }) {
  const { t } = useTranslation('importer');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        {t('file.chosen', { name: fileName })}
      </h2>
      <ul className="plain-list import-facts">
        <li>{t('preview.encoding', { value: t(`encoding.${preview.encoding}`) })}</li>
        {preview.delimiter && (
          <li>{t('preview.delimiter', { value: delimiterLabel(t, preview.delimiter) })}</li>
        )}
        <li>{t('preview.rows', { count: preview.rowCount })}</li>
      </ul>
      <h3 id="import-sample-title">{t('preview.sampleCaption')}</h3>
      <div className="table-wrap" role="region" aria-labelledby="import-sample-title" tabIndex={0}>
        <table className="data-table" aria-labelledby="import-sample-title">
          <thead>
            <tr>
              {preview.headers.map((h, i) => (
                <th key={i} scope="col">
                  {columnName(t, h, i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row, r) => (
              <tr key={r}>
                {preview.headers.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
