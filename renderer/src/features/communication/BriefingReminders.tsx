// Runs in: renderer. I09: the bodies that have waited too long for news, in encouraging words. The
// compact form (on the plan) shows only the overdue ones and links to the briefings.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useQuery } from '../../ui/useQuery';
import { reminderText } from './reminderText';

export function BriefingReminders({
  programmeId,
  compact = false,
}: {
  programmeId: string;
  compact?: boolean;
}) {
  const { t } = useTranslation('communication');
  const status = useQuery('communication:briefingStatus', { programmeId });
  if (!status.data) return null;
  const overdue = status.data.filter((s) => s.overdue);
  if (overdue.length === 0) {
    return compact || status.data.length === 0 ? null : (
      <p className="banner banner-info comm-reminders-ok">
        <span aria-hidden="true">✔ </span>
        {t('briefings.allGood')}
      </p>
    );
  }
  return (
    <section className="banner banner-warning comm-reminders" aria-labelledby="comm-reminders">
      <h2 id="comm-reminders" className="form-heading">
        <span aria-hidden="true">✉ </span>
        {t('briefings.remindersTitle')}
      </h2>
      <ul className="plain-list">
        {overdue.map((s) => (
          <li key={s.body}>
            {reminderText(t, s)}
            {compact && (
              <>
                {' '}
                <a href={href('communication', 'briefings', 'new')}>{t('briefings.new')}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
