// Runs in: renderer. The overview's health checks of one wizard step, shown inside the open step
// on the process screen: what is worth a look there, with links to the records.
import { useTranslation } from 'react-i18next';
import { healthChecks } from '../../../../shared/process';
import { label } from '../../i18n';
import { useQuery } from '../../ui/useQuery';
import { itemHref } from './itemHref';
import './overview.css';

const stepsWithChecks = new Set(healthChecks.map((c) => c.stepId));

export function StepHealth({ programmeId, stepId }: { programmeId: string; stepId: string }) {
  if (!stepsWithChecks.has(stepId)) return null;
  return <StepHealthList programmeId={programmeId} stepId={stepId} />;
}

function StepHealthList({ programmeId, stepId }: { programmeId: string; stepId: string }) {
  const { t } = useTranslation('overview');
  const checks = useQuery('overview:stepHealth', { programmeId, stepId });
  if (!checks.data) return null;
  const headingId = `step-health-${stepId}`;
  return (
    <section className="step-health" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('health.stepChecks')}</h4>
      <ul className="plain-list health-folded-list">
        {checks.data.map((c) => (
          <li key={c.id} data-check={c.id}>
            <span aria-hidden="true" className={`health-icon-small health-${c.status}`}>
              {c.status === 'attention' ? '!' : c.status === 'ok' ? '✔' : '–'}
            </span>{' '}
            {c.status === 'attention' ? <strong>{label(c.title)}</strong> : label(c.title)}
            {c.status === 'attention' && c.count > 0 && (
              <span className="badge badge-warning">{t('health.count', { count: c.count })}</span>
            )}
            {c.detail && <span className="muted"> · {label(c.detail)}</span>}
            {c.status === 'attention' && c.items.length > 0 && (
              <ul className="health-items">
                {c.items.slice(0, 5).map((item, i) => (
                  <li key={i}>
                    <a href={itemHref(item)}>{label(item.label)}</a>
                  </li>
                ))}
                {c.count > 5 && <li>{t('health.more', { count: c.count - 5 })}</li>}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
