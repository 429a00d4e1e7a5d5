// Runs in: renderer. One insight: edit it, see and add its sources, merge a duplicate into it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightSource } from '../../../../shared/domain/insights';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { AddSourceForm } from './AddSourceForm';
import { InsightForm } from './InsightForm';
import { countText, typeLabel } from './insightLabels';
import { MergeSection } from './MergeSection';
import { SourceList } from './SourceList';

export function InsightDetail({ id }: { id: string }) {
  const { t } = useTranslation('insights');
  const query = useQuery('insights:get', { id });
  if (query.error) {
    return (
      <Page title={t('detail.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('analysis', 'swot')}>{t('detail.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('detail.title')}>{null}</Page>;
  return <InsightView insight={query.data} />;
}

function InsightView({ insight }: { insight: Insight }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const removeSource = async (source: InsightSource) => {
    setBusy(true);
    const result = await mutate('insights:removeSource', { id: source.id });
    setBusy(false);
    if (result.ok) toast.success(t('sources.removed'));
    else toast.error(result.error.message);
  };

  const remove = async () => {
    setBusy(true);
    const result = await mutate('insights:delete', { id: insight.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.deleted', { ns: 'common', name: t('detail.deletedName') }), {
      undo: () => {
        void mutate('insights:restore', { id: insight.id }).then((restored) => {
          if (restored.ok) {
            toast.success(t('toast.restored', { ns: 'common' }));
            navigate('analysis', 'insights', insight.id);
          } else toast.error(restored.error.message);
        });
      },
    });
    navigate('analysis', 'swot');
  };

  return (
    <Page
      title={t('detail.heading', { type: typeLabel(insight.type) })}
      subtitle={countText(t, insight.counts)}
      actions={
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => void remove()}
        >
          {t('actions.delete', { ns: 'common' })}
        </button>
      }
    >
      <p>
        <a href={href('analysis', 'swot')}>{t('detail.back')}</a>
      </p>
      <InsightForm key={insight.id} insight={insight} />
      <section className="card" aria-labelledby="insight-sources">
        <h2 id="insight-sources">{t('sources.title', { count: insight.sources.length })}</h2>
        <SourceList sources={insight.sources} onRemove={(s) => void removeSource(s)} busy={busy} />
        <h3>{t('addSource.title')}</h3>
        <AddSourceForm insightId={insight.id} />
      </section>
      <section className="card" aria-labelledby="insight-merge">
        <h2 id="insight-merge">{t('merge.title')}</h2>
        <MergeSection insight={insight} />
      </section>
    </Page>
  );
}
