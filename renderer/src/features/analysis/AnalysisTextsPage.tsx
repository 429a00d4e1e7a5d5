// Runs in: renderer. Analystexter: omvärldsanalys, nulägesanalys and an 'annan analys', each with
// its sources; then the programme's nuläge and önskat läge, with the focus areas' own pair
// read-only beside.
import { useTranslation } from 'react-i18next';
import {
  analysisTextKinds,
  sourcedTextKinds,
  type AnalysisTexts,
} from '../../../../shared/domain/analysisTexts';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { SourcesSection } from './SourcesSection';
import { TextEditor } from './TextEditor';

function FocusAreaStates({ areas }: { areas: AnalysisTexts['focusAreas'] }) {
  const { t } = useTranslation('analysis');
  if (areas.length === 0) return null;
  return (
    <section className="card" aria-labelledby="focus-area-states">
      <h2 id="focus-area-states">{t('texts.focusAreasHeading')}</h2>
      <dl className="details">
        {areas.map((a) => (
          <div key={a.id}>
            <dt>
              <a href={href('goals')}>{a.name}</a>
            </dt>
            <dd>
              <span className="muted">{t('texts.focusAreaNow')}: </span>
              {a.currentState || <span className="muted">{t('texts.focusAreaEmpty')}</span>}
              <br />
              <span className="muted">{t('texts.focusAreaWanted')}: </span>
              {a.desiredState || <span className="muted">{t('texts.focusAreaEmpty')}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function AnalysisTextsPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('analysis');
  const query = useQuery('analysisTexts:get', { programmeId });
  const data = query.data;
  const byKind = (kind: string) => data?.texts.find((x) => x.kind === kind);
  const now = byKind('state_now');
  const wanted = byKind('state_wanted');
  return (
    <Page title={t('texts.title')} subtitle={t('texts.subtitle')}>
      {query.error && <ErrorBanner error={query.error} onRetry={query.reload} />}
      {data &&
        sourcedTextKinds.map((kind) => {
          const text = byKind(kind)!;
          const heading = label(analysisTextKinds.find((k) => k.id === kind)!);
          return (
            <section
              key={kind}
              className="card"
              aria-labelledby={`text-${kind}`}
              style={{ marginBottom: 16 }}
            >
              <h2 id={`text-${kind}`}>{heading}</h2>
              <TextEditor key={text.updatedAt ?? 'new'} text={text} withTitle />
              <SourcesSection text={text} />
            </section>
          );
        })}
      {now && wanted && (
        <section className="card" aria-labelledby="states-heading" style={{ marginBottom: 16 }}>
          <h2 id="states-heading">{t('texts.statesHeading')}</h2>
          <p className="field-hint">{t('texts.statesHint')}</p>
          <div className="grid-2">
            <TextEditor key={now.updatedAt ?? 'new-now'} text={now} withTitle={false} rows={6} />
            <TextEditor
              key={wanted.updatedAt ?? 'new-wanted'}
              text={wanted}
              withTitle={false}
              rows={6}
            />
          </div>
        </section>
      )}
      {data && <FocusAreaStates areas={data.focusAreas} />}
    </Page>
  );
}
