// Runs in: renderer. Candidate focus areas ranked by impact against effort, with the reason for each
// place and the officer's own motivation (S13); a candidate can be chosen from here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { updateFromFocusArea } from './focusAreaFormState';
import type { ProgrammeRef } from './GoalsRoute';

export function RankingPage({ programme }: { programme: ProgrammeRef }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const ranking = useQuery('focusAreas:rank', { programmeId: programme.id });
  const areas = useQuery('focusAreas:list', { programmeId: programme.id });
  const [onlyCandidates, setOnlyCandidates] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = ranking.error ?? areas.error;

  const choose = async (id: string) => {
    const area = areas.data?.find((a) => a.id === id);
    if (!area) return;
    setBusy(true);
    const result = await mutate('focusAreas:update', {
      ...updateFromFocusArea(area),
      candidate: false,
    });
    setBusy(false);
    if (result.ok) toast.success(t('ranking.chosen', { name: area.name }));
    else toast.error(result.error.message);
  };

  const actions = (
    <>
      <a className="button" href={`${href('goals', 'areas', 'new')}?candidate=1`}>
        {t('ranking.newCandidate')}
      </a>
      <a className="button" href={href('goals')}>
        {t('ranking.back')}
      </a>
    </>
  );
  if (error) {
    return (
      <Page title={t('ranking.title')} subtitle={programme.name} actions={actions}>
        <ErrorBanner error={error} onRetry={ranking.reload} />
      </Page>
    );
  }
  const rows = (ranking.data ?? []).filter((r) => !onlyCandidates || r.candidate);
  return (
    <Page title={t('ranking.title')} subtitle={programme.name} actions={actions}>
      <p className="muted ranking-intro">{t('ranking.intro')}</p>
      <label className="check-label">
        <input
          type="checkbox"
          checked={onlyCandidates}
          onChange={(e) => setOnlyCandidates(e.target.checked)}
        />{' '}
        {t('ranking.onlyCandidates')}
      </label>
      {ranking.data && rows.length === 0 && (
        <div className="card">
          <Empty>{t('ranking.empty')}</Empty>
        </div>
      )}
      {rows.length > 0 && (
        <div className="table-wrap card">
          <table className="data-table ranking-table">
            <caption className="visually-hidden">{t('ranking.title')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('ranking.columns.rank')}
                </th>
                <th scope="col">{t('ranking.columns.name')}</th>
                <th scope="col">{t('ranking.columns.state')}</th>
                <th scope="col" className="num">
                  {t('ranking.columns.impact')}
                </th>
                <th scope="col" className="num">
                  {t('ranking.columns.effort')}
                </th>
                <th scope="col" className="num">
                  {t('ranking.columns.score')}
                </th>
                <th scope="col">{t('ranking.columns.reason')}</th>
                <th scope="col">{t('ranking.columns.own')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ranking.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="num">{r.rank}</td>
                  <th scope="row">
                    <a href={href('goals', 'areas', r.id)}>{r.name}</a>
                  </th>
                  <td>{r.candidate ? t('ranking.candidate') : t('ranking.chosenState')}</td>
                  <td className="num">{r.impact ?? t('list.none')}</td>
                  <td className="num">{r.effort ?? t('list.none')}</td>
                  <td className="num">{r.score ?? t('list.none')}</td>
                  <td className="wrap">{label(r.reason)}</td>
                  <td className="wrap">{r.priorityReason || t('list.none')}</td>
                  <td>
                    {r.candidate && (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy || !areas.data}
                        onClick={() => void choose(r.id)}
                      >
                        {t('ranking.choose')}
                        <span className="visually-hidden"> {r.name}</span>
                      </button>
                    )}
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
