// Runs in: renderer. The follow-up plan: the next follow-up, the cadence, every period with its
// state (due, waiting, started, done) and the way into each record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  followUpStatuses,
  type FollowUpRow,
  type PeriodWithState,
} from '../../../../shared/domain/followUp';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CadenceForm } from './CadenceForm';
import { FollowUpTabs, type ProgrammeRef } from './FollowUpRoute';
import { PeriodStateLabel } from './labels';

function useStart(programmeId: string) {
  const { t } = useTranslation('followUp');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const start = async (period: PeriodWithState) => {
    setBusy(true);
    const result = await mutate('followUp:create', { programmeId, periodKey: period.key });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('create.created', { period: label(period.label) }));
    navigate('followup', result.value.id);
  };
  return { busy, start };
}

function PeriodAction({
  period,
  busy,
  onStart,
  primary,
}: {
  period: PeriodWithState;
  busy: boolean;
  onStart: (p: PeriodWithState) => void;
  primary?: boolean;
}) {
  const { t } = useTranslation('followUp');
  const cls = primary ? 'button button-primary' : 'button button-small';
  if (period.recordId) {
    return (
      <a className={cls} href={href('followup', period.recordId)}>
        {primary ? t('next.open') : t('periods.open')}
        <span className="visually-hidden"> {label(period.label)}</span>
      </a>
    );
  }
  return (
    <button type="button" className={cls} disabled={busy} onClick={() => onStart(period)}>
      {primary ? t('next.start') : t('periods.start')}
      <span className="visually-hidden"> {label(period.label)}</span>
    </button>
  );
}

/** Every record, also those of an earlier cadence that no period of today's plan matches. */
function RecordList({ records }: { records: FollowUpRow[] }) {
  const { t } = useTranslation('followUp');
  return (
    <section aria-labelledby="followup-records">
      <h2 id="followup-records">{t('records.heading')}</h2>
      {records.length === 0 ? (
        <p className="empty">{t('records.empty')}</p>
      ) : (
        <ul className="plain-list followup-records">
          {records.map((r) => {
            const status = followUpStatuses.find((s) => s.id === r.status)!;
            return (
              <li key={r.id}>
                <a href={href('followup', r.id)}>{label(r.periodLabel)}</a>
                <span className="muted">
                  {' · '}
                  <span aria-hidden="true">{status.icon}</span> {label(status)}
                  {r.heldOn && ` · ${t('records.held', { date: r.heldOn })}`}
                  {' · '}
                  {t('records.lessons', { count: r.lessonCount })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function FollowUpHome({ programme }: { programme: ProgrammeRef }) {
  const { t } = useTranslation('followUp');
  const overview = useQuery('followUp:overview', { programmeId: programme.id });
  const { busy, start } = useStart(programme.id);
  const data = overview.data;
  return (
    <>
      <FollowUpTabs current="home" />
      <Page title={t('title')} subtitle={t('subtitle', { programme: programme.name })}>
        {overview.error && <ErrorBanner error={overview.error} onRetry={overview.reload} />}
        {data && (
          <div className="stack">
            <section className="card followup-next" aria-labelledby="followup-next">
              <h2 id="followup-next">{t('next.heading')}</h2>
              {data.next ? (
                <>
                  <p>
                    <PeriodStateLabel state={data.next.state} />{' '}
                    {t('next.text', { period: label(data.next.label), date: data.next.dueDate })}
                  </p>
                  <PeriodAction period={data.next} busy={busy} onStart={start} primary />
                </>
              ) : (
                <p>{t('next.none', { date: data.settings.startDate })}</p>
              )}
            </section>
            <section aria-labelledby="followup-periods">
              <h2 id="followup-periods">{t('periods.heading')}</h2>
              {data.periods.length === 0 ? (
                <p className="empty">{t('periods.empty')}</p>
              ) : (
                <div className="table-wrap">
                  <table className="data-table followup-periods">
                    <caption className="visually-hidden">{t('periods.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('periods.period')}</th>
                        <th scope="col">{t('periods.state')}</th>
                        <th scope="col">{t('periods.due')}</th>
                        <th scope="col">{t('periods.action')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.periods.map((p) => (
                        <tr key={p.key}>
                          <th scope="row">{label(p.label)}</th>
                          <td>
                            <PeriodStateLabel state={p.state} />
                          </td>
                          <td>{p.dueDate}</td>
                          <td>
                            <PeriodAction period={p} busy={busy} onStart={start} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            <RecordList records={data.records} />
            <CadenceForm key={JSON.stringify(data.settings)} settings={data.settings} />
          </div>
        )}
      </Page>
    </>
  );
}
