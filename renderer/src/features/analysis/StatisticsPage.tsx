// Runs in: renderer. Statistik: the programme's indicators with their latest value, a form for a
// new one, and the way to the CSV import.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatStatNumber } from '../../../../shared/domain/statistics';
import { href, navigate } from '../../app/router';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { emptyIndicator, IndicatorForm, type IndicatorFields } from './IndicatorForm';
import { sourceLabel } from './labels';

export function StatisticsPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const list = useQuery('statistics:list', { programmeId });
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const create = async (fields: IndicatorFields) => {
    setBusy(true);
    const result = await mutate('statistics:create', { programmeId, ...fields });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.saved', { ns: 'common' }));
    navigate('analysis', 'statistics', result.value.id);
  };

  return (
    <Page
      title={t('statistics.title')}
      subtitle={t('statistics.subtitle')}
      actions={
        <>
          <a className="button button-primary" href={href('analysis', 'statistics', 'import')}>
            {t('statistics.import')}
          </a>
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('statistics.new')}
          </button>
        </>
      }
    >
      {adding && (
        <IndicatorForm
          initial={emptyIndicator}
          submitLabel={t('indicator.create')}
          onSubmit={(f) => void create(f)}
          onCancel={() => {
            setAdding(false);
            setErrors({});
          }}
          errors={errors}
          busy={busy}
        />
      )}
      {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <Empty>{t('statistics.empty')}</Empty>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('statistics.columns.name')}</th>
                <th scope="col">{t('statistics.columns.source')}</th>
                <th scope="col" className="num">
                  {t('statistics.columns.latest')}
                </th>
                <th scope="col">{t('statistics.columns.years')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((row) => (
                <tr key={row.id}>
                  <td>
                    <a href={href('analysis', 'statistics', row.id)}>{row.name}</a>
                  </td>
                  <td>{sourceLabel(row.source)}</td>
                  <td className="num">
                    {row.latest
                      ? t('statistics.latest', {
                          value: `${formatStatNumber(row.latest.value)}${row.unit ? ` ${row.unit}` : ''}`,
                          year: row.latest.year,
                        })
                      : t('statistics.none')}
                  </td>
                  <td>
                    {row.firstYear !== null && row.latest
                      ? t('statistics.yearsRange', { from: row.firstYear, to: row.latest.year })
                      : t('statistics.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
