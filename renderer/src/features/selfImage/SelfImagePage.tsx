// Runs in: renderer. '#/analysis/selfImage': the municipality's view of itself beside the
// companies' view (I34), the largest gaps, the survey import (S19), the municipality's own answers
// and the statements themselves.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { GapChart } from './GapChart';
import { GapTable } from './GapTable';
import { MunicipalAnswers } from './MunicipalAnswers';
import { StatementsEditor } from './StatementsEditor';
import { SurveyImport } from './SurveyImport';
import '../staircase/climate.css';

export function SelfImagePage() {
  const { t } = useTranslation('selfImage');
  const comparison = useQuery('selfImage:comparison', {});
  const statements = useQuery('selfImage:statements', {});
  const c = comparison.data;
  return (
    <Page
      title={t('title')}
      subtitle={
        c
          ? t('subtitle', {
              companies: c.respondents.company,
              municipality: c.respondents.municipality,
            })
          : undefined
      }
    >
      {comparison.error && <ErrorBanner error={comparison.error} onRetry={comparison.reload} />}
      {c && (
        <section className="card" aria-labelledby="self-image-chart">
          <h2 id="self-image-chart">{t('chart.heading')}</h2>
          <p className="muted">{t('chart.hint')}</p>
          <GapChart rows={c.rows} />
        </section>
      )}
      {c && (
        <section className="card" aria-labelledby="self-image-gaps">
          <h2 id="self-image-gaps">{t('gaps.heading')}</h2>
          <GapTable gaps={c.gaps} />
        </section>
      )}
      <section className="card" aria-labelledby="self-image-survey">
        <h2 id="self-image-survey">{t('survey.heading')}</h2>
        <SurveyImport />
      </section>
      {statements.data && (
        <section className="card" aria-labelledby="self-image-municipal">
          <h2 id="self-image-municipal">{t('municipal.heading')}</h2>
          <MunicipalAnswers statements={statements.data} />
        </section>
      )}
      {statements.data && (
        <section className="card" aria-labelledby="self-image-statements">
          <h2 id="self-image-statements">{t('statements.heading')}</h2>
          <p className="muted">{t('statements.hint')}</p>
          <StatementsEditor statements={statements.data} />
        </section>
      )}
    </Page>
  );
}
