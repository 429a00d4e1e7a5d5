// Runs in: renderer. The clarity check's marks (P15, I32) under a section's text, as it is typed:
// long sentences and officialese with a plainer alternative.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clarityIssues } from '../../../../shared/domain/programmeTextClarity';

export function ClarityMarks({ text }: { text: string }) {
  const { t } = useTranslation('programmeText');
  const issues = useMemo(() => clarityIssues(text), [text]);
  if (!text.trim()) return null;
  return (
    <div className="clarity-marks" aria-live="polite">
      <p className="field-label">
        {t('clarity.title')}
        {': '}
        {issues.length === 0 ? (
          <span className="muted">{t('clarity.none')}</span>
        ) : (
          <span className="badge badge-warning">
            <span aria-hidden="true">! </span>
            {t('clarity.count', { count: issues.length })}
          </span>
        )}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.kind}-${issue.start}-${issue.end}`}>
              {issue.kind === 'long-sentence'
                ? t('clarity.longSentence', { words: issue.words, excerpt: issue.excerpt })
                : t('clarity.jargon', { word: issue.word, plain: issue.plain })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
