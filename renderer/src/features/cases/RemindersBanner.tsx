// Runs in: renderer. Remiss replies that are late or due within a week: who, which case, when.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useQuery } from '../../ui/useQuery';

export function RemindersBanner({ caseId }: { caseId?: string }) {
  const { t } = useTranslation('cases');
  const reminders = useQuery('remiss:reminders', caseId ? { caseId } : {});
  const rows = reminders.data ?? [];
  if (rows.length === 0) return null;
  return (
    <section className="banner banner-warning case-reminders" aria-labelledby="remiss-reminders">
      <h2 id="remiss-reminders" className="form-heading">
        <span aria-hidden="true">⏰ </span>
        {t('reminders.title', { count: rows.length })}
      </h2>
      <ul className="plain-list">
        {rows.map((r) => (
          <li key={r.instanceId}>
            <strong>{r.name}</strong>{' '}
            {r.daysLeft < 0
              ? t('reminders.late', { date: r.deadline, count: -r.daysLeft })
              : r.daysLeft === 0
                ? t('reminders.today', { date: r.deadline })
                : t('reminders.soon', { date: r.deadline, count: r.daysLeft })}
            {!caseId && (
              <>
                {' – '}
                <a href={href('cases', r.caseId, 'remiss')}>
                  {r.dnr ? `${r.dnr} ${r.caseTitle}` : r.caseTitle}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
