// Runs in: renderer. What the document will contain before it is made: its headings as an outline,
// the sections that lack data and how many confidential notes are left out.
import { useTranslation } from 'react-i18next';
import type { ExportHeading, ExportPreview } from '../../../../shared/domain/export';
import type { AppError } from '../../../../shared/errors';
import { ErrorBanner } from '../../ui/Page';

interface OutlineItem {
  heading: ExportHeading;
  children: ExportHeading[];
}

/** Level-2 headings under the level-1 heading before them. */
function outline(headings: ExportHeading[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const heading of headings) {
    const parent = items[items.length - 1];
    if (heading.level > 1 && parent) parent.children.push(heading);
    else items.push({ heading, children: [] });
  }
  return items;
}

interface Props {
  preview: ExportPreview | undefined;
  loading: boolean;
  /** Errors that belong to a field are shown on the field, not here. */
  error: AppError | null;
  /** Whether confidential notes are included; null when the document has no such option. */
  internal: boolean | null;
  /** Said instead of a preview while one cannot be made yet (e.g. no case to write for). */
  idleText?: string;
}

export function PreviewPanel({ preview, loading, error, internal, idleText }: Props) {
  const { t } = useTranslation('export');
  const fieldError = !!error?.fields && Object.keys(error.fields).length > 0;
  return (
    <section className="card export-preview" aria-labelledby="export-preview" aria-busy={loading}>
      <h2 id="export-preview">{t('preview.title')}</h2>
      {error && !fieldError && <ErrorBanner error={error} />}
      {!preview && loading && <p className="muted">{t('preview.loading')}</p>}
      {!preview && !loading && idleText && <p className="muted">{idleText}</p>}
      {preview && (
        <div className={loading ? 'export-preview-body is-stale' : 'export-preview-body'}>
          <h3 className="export-preview-title">{preview.title}</h3>
          <dl className="details">
            <dt>{t('preview.fileName')}</dt>
            <dd>{preview.fileName}</dd>
            {preview.period && (
              <>
                <dt>{t('preview.period')}</dt>
                <dd>{t('preview.periodValue', preview.period)}</dd>
              </>
            )}
          </dl>
          <h3>{t('preview.outline')}</h3>
          {preview.headings.length === 0 ? (
            <p className="muted">{t('preview.noHeadings')}</p>
          ) : (
            <ol className="export-outline" aria-label={t('preview.outline')}>
              {outline(preview.headings).map((item, i) => (
                <li key={`${i}-${item.heading.text}`}>
                  {item.heading.text}
                  {item.children.length > 0 && (
                    <ol>
                      {item.children.map((child, j) => (
                        <li key={`${j}-${child.text}`}>{child.text}</li>
                      ))}
                    </ol>
                  )}
                </li>
              ))}
            </ol>
          )}
          <h3>{t('preview.missingTitle')}</h3>
          {preview.missing.length === 0 ? (
            <p className="muted">{t('preview.nothingMissing')}</p>
          ) : (
            <>
              <p>{t('preview.missingIntro')}</p>
              <ul className="export-missing">
                {preview.missing.map((what) => (
                  <li key={what}>{t('preview.missingItem', { what })}</li>
                ))}
              </ul>
            </>
          )}
          {(internal !== null || preview.confidentialLeftOut > 0) && (
            <p className="export-confidential">
              {internal
                ? t('preview.confidentialIncluded')
                : preview.confidentialLeftOut > 0
                  ? t('preview.confidential', { count: preview.confidentialLeftOut })
                  : t('preview.confidentialNone')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
