// Runs in: renderer. One indicator: its chart with the comparison series, the value table, its
// details, and the insights built on it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/contract';
import { formatStatNumber, type Indicator } from '../../../../shared/domain/statistics';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorInsights } from './IndicatorInsights';
import { sourceLabel } from './labels';
import { SeriesChart, type ChartSeries } from './SeriesChart';
import { ValueTable } from './ValueTable';

export function IndicatorPage({ id }: { id: string }) {
  const { t } = useTranslation('analysis');
  const query = useQuery('statistics:get', { id });
  if (query.error) {
    return (
      <Page title={t('indicator.loading')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('analysis', 'statistics')}>{t('indicator.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('indicator.loading')}>{null}</Page>;
  return <IndicatorView indicator={query.data} />;
}

function seriesOf(indicator: Indicator, mainName: string): ChartSeries[] {
  return ['', ...indicator.comparisons].map((s) => ({
    name: s === '' ? mainName : s,
    points: indicator.values.filter((v) => v.series === s),
  }));
}

function IndicatorView({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const mainName = indicator.areaName || t('indicator.main');
  const series = seriesOf(indicator, mainName);
  const main = series[0]!.points;
  const unit = indicator.unit ? ` ${indicator.unit}` : '';

  const save = async (fields: MethodInput<'statistics:update'>) => {
    setBusy(true);
    const result = await mutate('statistics:update', fields);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      toast.error(result.error.message);
      return;
    }
    setEditing(false);
    toast.success(t('toast.saved', { ns: 'common' }));
  };

  const remove = async () => {
    const result = await mutate('statistics:delete', { id: indicator.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(
      t('toast.deleted', {
        ns: 'common',
        name: t('indicator.deletedName', { name: indicator.name }),
      }),
    );
    navigate('analysis', 'statistics');
  };

  return (
    <Page
      title={indicator.name}
      subtitle={[
        t('indicator.sourceLine', { source: sourceLabel(indicator.source) }),
        indicator.kpiId ? t('indicator.kpiLine', { kpi: indicator.kpiId }) : '',
        indicator.unit,
      ]
        .filter(Boolean)
        .join(' · ')}
      actions={
        <>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('indicator.edit')}
          </button>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('actions.delete', { ns: 'common' })}
          </button>
        </>
      }
    >
      <p>
        <a href={href('analysis', 'statistics')}>{t('indicator.back')}</a>
      </p>
      {editing && (
        <IndicatorForm
          initial={indicator}
          submitLabel={t('indicator.save')}
          onSubmit={(f) => void save({ id: indicator.id, ...f })}
          onCancel={() => {
            setEditing(false);
            setErrors({});
          }}
          errors={errors}
          busy={busy}
        />
      )}
      {indicator.note && <p className="muted">{indicator.note}</p>}
      <section className="card">
        {main.length === 0 && indicator.comparisons.length === 0 ? (
          <p className="muted">{t('indicator.chartEmpty')}</p>
        ) : (
          <SeriesChart
            title={t('indicator.chartTitle', { name: indicator.name })}
            description={t('indicator.chartDescription', {
              name: indicator.name,
              count: main.length,
              from: main[0]?.year ?? '',
              to: main[main.length - 1]?.year ?? '',
              latest: indicator.latest ? `${formatStatNumber(indicator.latest.value)}${unit}` : '–',
            })}
            series={series}
            tableSummary={t('indicator.tableSummary')}
            yearHeading={t('indicator.year')}
          />
        )}
      </section>
      <ValueTable key={indicator.updatedAt} indicator={indicator} />
      <IndicatorInsights indicator={indicator} />
    </Page>
  );
}
