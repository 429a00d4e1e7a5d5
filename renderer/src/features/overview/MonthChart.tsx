// Runs in: renderer. Visits per month as CSS bars, each with its number written out.
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/domain/app';

export function MonthChart({
  year,
  perMonth,
}: {
  year: number;
  perMonth: Overview['visitsPerMonth'];
}) {
  const { t, i18n } = useTranslation('overview');
  const monthName = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', {
    month: 'short',
  });
  const byMonth = new Map(perMonth.map((m) => [Number(m.month.slice(5, 7)), m.count]));
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    count: byMonth.get(i + 1) ?? 0,
  }));
  const max = Math.max(1, ...months.map((m) => m.count));
  return (
    <ol className="bar-chart month-chart" aria-label={t('visits.perMonth', { year })}>
      {months.map((m) => {
        const name = monthName.format(new Date(year, m.month - 1, 1)).replace('.', '');
        return (
          <li key={m.month} className="bar">
            <span className="bar-value" aria-hidden="true">
              {m.count}
            </span>
            <span
              className="bar-fill"
              aria-hidden="true"
              style={{ height: `calc((100% - 40px) * ${m.count / max})` }}
            />
            <span className="bar-label">
              {name}
              <span className="visually-hidden">{`: ${t('visits.visitsCount', { count: m.count })}`}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
