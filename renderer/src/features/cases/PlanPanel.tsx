// Runs in: renderer. Planning backwards: pick the KF meeting to aim for and the remiss period; the
// core proposes the KS and KSAU meetings, the remiss dates and every last day to submit, with
// warnings when the target cannot be reached. Saved as the case's target; exported as .ics.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/cases';
import { call } from '../../api/client';
import { href } from '../../app/router';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, toAppError, useQuery } from '../../ui/useQuery';
import { downloadText, localToday } from './files';

export function PlanPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const today = localToday();
  const from = detail.targetKfDate && detail.targetKfDate < today ? detail.targetKfDate : today;
  const kfMeetings = useQuery('meetings:list', { body: 'kf', from, limit: 100 });
  const options = kfMeetings.data?.rows ?? [];
  const [chosen, setChosen] = useState<string>(detail.targetKfMeetingId ?? '');
  const [weeks, setWeeks] = useState(String(detail.remissWeeks));
  const [saving, setSaving] = useState(false);
  const kfMeetingId = chosen || options[0]?.id || '';
  const remissWeeks = Math.max(0, Math.min(26, Number.parseInt(weeks, 10) || 0));
  const plan = useQuery(
    'cases:plan',
    { kfMeetingId, remissWeeks, caseId: detail.id },
    kfMeetingId !== '',
  );
  const saved = detail.targetKfMeetingId === kfMeetingId && detail.remissWeeks === remissWeeks;

  const save = async () => {
    setSaving(true);
    const result = await mutate('cases:update', {
      id: detail.id,
      targetKfMeetingId: kfMeetingId,
      remissWeeks,
    });
    setSaving(false);
    if (!result.ok) toast.error(result.error.message);
    else toast.success(t('plan.saved'));
  };
  const exportIcs = async () => {
    try {
      const file = await call('meetings:ics', { caseId: detail.id });
      downloadText(file.fileName, file.text);
    } catch (err) {
      toast.error(toAppError(err).message);
    }
  };

  return (
    <section className="card case-plan" aria-labelledby="case-plan-title">
      <div className="section-header">
        <h2 id="case-plan-title" className="form-heading">
          {t('plan.title')}
        </h2>
        <a href={href('cases', 'meetings')}>{t('meetings.link')}</a>
      </div>
      <p className="muted">{t('plan.intro')}</p>
      {kfMeetings.data && options.length === 0 ? (
        <p className="banner banner-info" role="status">
          {t('plan.noKf')} <a href={href('cases', 'meetings')}>{t('plan.addMeetings')}</a>
        </p>
      ) : (
        <div className="grid-2 case-plan-choice">
          <SelectField
            label={t('plan.kf')}
            value={kfMeetingId}
            onChange={(e) => setChosen(e.target.value)}
            options={options.map((m) => ({ value: m.id, label: m.date }))}
          />
          <TextField
            label={t('plan.weeks')}
            hint={t('plan.weeksHint')}
            type="number"
            min={0}
            max={26}
            value={weeks}
            onChange={(e) => setWeeks(e.target.value)}
          />
        </div>
      )}
      {plan.error && <ErrorBanner error={plan.error} />}
      {plan.data && kfMeetingId && (
        <>
          <p className={plan.data.reachable ? 'case-plan-ok' : 'case-plan-problem'} role="status">
            <span aria-hidden="true">{plan.data.reachable ? '✓ ' : '⚠ '}</span>
            {plan.data.reachable ? t('plan.reachable') : t('plan.unreachable')}
          </p>
          {plan.data.warnings.length > 0 && (
            <ul className="banner banner-warning case-plan-warnings">
              {plan.data.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {plan.data.earliestReachableKf && (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => setChosen(plan.data!.earliestReachableKf!.meetingId)}
              >
                {t('plan.useEarliest', { date: plan.data.earliestReachableKf.date })}
              </button>
            </p>
          )}
          <table className="data-table case-plan-table">
            <caption className="visually-hidden">{t('plan.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.date')}</th>
                <th scope="col">{t('plan.what')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.data.milestones.map((m) => (
                <tr
                  key={m.kind}
                  className={
                    m.date < today
                      ? 'case-plan-past'
                      : m.kind.endsWith('submit')
                        ? 'case-plan-deadline'
                        : ''
                  }
                >
                  <td>{m.date}</td>
                  <td>
                    {m.label}
                    {m.date < today && <span className="muted"> {t('plan.past')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            {saved ? (
              <span className="case-plan-saved">
                <span aria-hidden="true">✓ </span>
                {t('plan.isTarget')}
              </span>
            ) : (
              <button
                type="button"
                className="button button-primary"
                disabled={saving}
                onClick={() => void save()}
              >
                {t('plan.save')}
              </button>
            )}
            <button
              type="button"
              className="button"
              disabled={!detail.targetKfMeetingId}
              onClick={() => void exportIcs()}
            >
              {t('plan.ics')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
