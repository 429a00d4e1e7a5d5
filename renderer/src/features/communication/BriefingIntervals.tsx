// Runs in: renderer. Each body's last briefing and its reminder interval, which the officer can
// change per body (or add a body that has not been briefed yet).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_BRIEFING_INTERVAL_DAYS,
  type BodyBriefingStatus,
} from '../../../../shared/domain/communication';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { sinceText } from './reminderText';

function IntervalRow({ status }: { status: BodyBriefingStatus }) {
  const { t } = useTranslation('communication');
  const toast = useToast();
  const [days, setDays] = useState(String(status.intervalDays));
  const save = async (value: number | null) => {
    const result = await mutate('communication:setBriefingInterval', {
      body: status.body,
      days: value,
    });
    if (!result.ok) {
      toast.error(result.error.fields?.days ?? result.error.message);
      return;
    }
    if (value === null) {
      setDays(String(DEFAULT_BRIEFING_INTERVAL_DAYS));
      toast.success(t('toast.intervalReset', { body: status.body }));
    } else toast.success(t('briefings.intervals.saved', result.value));
  };
  const inputLabel = `${t('briefings.intervals.days')}: ${status.body}`;
  return (
    <tr>
      <th scope="row">{status.body}</th>
      <td>
        {status.lastDate
          ? `${status.lastDate} (${sinceText(t, status.daysSince ?? 0)})`
          : t('briefings.intervals.never')}
      </td>
      <td>
        <form
          className="comm-interval"
          onSubmit={(e) => {
            e.preventDefault();
            void save(Number(days));
          }}
        >
          <input
            aria-label={inputLabel}
            type="number"
            min={7}
            max={730}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
          <button type="submit" className="button button-small">
            {t('briefings.intervals.save')}
          </button>
          {status.intervalDays !== DEFAULT_BRIEFING_INTERVAL_DAYS && (
            <button type="button" className="link-button" onClick={() => void save(null)}>
              {t('briefings.intervals.reset')}
            </button>
          )}
        </form>
      </td>
      <td>
        {status.overdue ? (
          <span className="badge badge-warning">
            <span aria-hidden="true">! </span>
            {t('briefings.intervals.overdue')}
          </span>
        ) : (
          <span className="badge badge-success">
            <span aria-hidden="true">✔ </span>
            {t('briefings.intervals.ok')}
          </span>
        )}
      </td>
    </tr>
  );
}

/** A body with its own interval before its first briefing: it is reminded about at once. */
function AddBody() {
  const { t } = useTranslation('communication');
  const toast = useToast();
  const [body, setBody] = useState('');
  const [days, setDays] = useState(String(DEFAULT_BRIEFING_INTERVAL_DAYS));
  const add = async () => {
    const result = await mutate('communication:setBriefingInterval', {
      body,
      days: Number(days),
    });
    if (!result.ok) {
      toast.error(result.error.fields?.body ?? result.error.fields?.days ?? result.error.message);
      return;
    }
    toast.success(t('briefings.intervals.saved', result.value));
    setBody('');
  };
  return (
    <form
      className="comm-interval"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <input
        aria-label={t('briefings.intervals.body')}
        placeholder={t('briefings.intervals.body')}
        maxLength={200}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <input
        aria-label={t('briefings.intervals.days')}
        type="number"
        min={7}
        max={730}
        value={days}
        onChange={(e) => setDays(e.target.value)}
      />
      <button type="submit" className="button button-small">
        {t('briefings.intervals.addBody')}
      </button>
    </form>
  );
}

export function BriefingIntervals({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('communication');
  const status = useQuery('communication:briefingStatus', { programmeId });
  const rows = status.data ?? [];
  return (
    <section className="card" aria-labelledby="comm-intervals">
      <h2 id="comm-intervals">{t('briefings.intervals.title')}</h2>
      <p className="field-hint">
        {t('briefings.intervals.hint', { days: DEFAULT_BRIEFING_INTERVAL_DAYS })}
      </p>
      {rows.length > 0 && (
        <table className="data-table comm-table">
          <thead>
            <tr>
              <th scope="col">{t('briefings.intervals.body')}</th>
              <th scope="col">{t('briefings.intervals.last')}</th>
              <th scope="col">{t('briefings.intervals.days')}</th>
              <th scope="col">{t('briefings.intervals.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <IntervalRow key={`${s.body}-${s.intervalDays}`} status={s} />
            ))}
          </tbody>
        </table>
      )}
      <AddBody />
    </section>
  );
}
