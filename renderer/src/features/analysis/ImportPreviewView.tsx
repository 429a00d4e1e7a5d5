// Runs in: renderer. What a statistics import will do: which indicators are created or updated,
// with which years per series, and which lines are skipped and why.
import { useTranslation } from 'react-i18next';
import type { StatisticsImportPreview } from '../../../../shared/domain/statistics';
import { href } from '../../app/router';
import { SelectField } from '../../ui/fields';

const yearsText = (years: number[]) =>
  years.length === 0
    ? ''
    : years.length === 1
      ? String(years[0])
      : `${years[0]}–${years[years.length - 1]}`;

export function ImportPreviewView({
  preview,
  onMainArea,
}: {
  preview: StatisticsImportPreview;
  onMainArea: (area: string) => void;
}) {
  const { t } = useTranslation('analysis');
  const delimiter = preview.delimiter === '\t' ? 'tab' : preview.delimiter;
  return (
    <>
      <p className="muted">
        {t('import.format', {
          layout: t(`import.layout.${preview.layout}`),
          encoding: preview.encoding,
          delimiter,
        })}
      </p>
      {preview.areas.length > 1 && (
        <SelectField
          label={t('import.mainArea')}
          hint={t('import.mainAreaHint')}
          value={preview.mainArea}
          onChange={(e) => onMainArea(e.target.value)}
          options={preview.areas.map((a) => ({
            value: a.code || a.name,
            label: a.code && a.name !== a.code ? `${a.code} ${a.name}` : a.name || a.code,
          }))}
        />
      )}
      <h2>{t('import.previewHeading')}</h2>
      <ul className="plain-list" aria-label={t('import.previewHeading')}>
        {preview.indicators.map((ind) => (
          <li key={ind.key} className="card">
            <span className="badge">
              {ind.existingId ? t('import.willUpdate') : t('import.willCreate')}
            </span>{' '}
            {ind.existingId ? (
              <a href={href('analysis', 'statistics', ind.existingId)}>{ind.name}</a>
            ) : (
              <strong>{ind.name}</strong>
            )}
            <ul>
              {ind.series.map((s) => (
                <li key={s.series}>
                  {t('import.seriesLine', {
                    series: s.series || t('import.seriesMain'),
                    years: yearsText(s.years),
                    added: s.added,
                    changed: s.changed,
                    unchanged: s.unchanged,
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {preview.skipped.length > 0 && (
        <details>
          <summary>{t('import.skippedHeading', { count: preview.skipped.length })}</summary>
          <ul>
            {preview.skipped.map((s, i) => (
              <li key={`${s.line}-${i}`}>{t('import.skippedLine', { ...s })}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
