// Runs in: renderer. The overview's health checks: the ones worth a look first, each linking to
// the wizard step where it is fixed and to its records; the fine ones and those not applicable
// folded away below. Wording names the gap, never a person (F27).
import { useTranslation } from 'react-i18next';
import type { HealthCheckResult, HealthReport } from '../../../../shared/domain/health';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { itemHref } from './itemHref';

/** Records shown at once under a check; the rest are behind "and N more". */
const SHOWN = 3;

export function HealthCheckItem({ check }: { check: HealthCheckResult }) {
  const { t } = useTranslation('overview');
  const first = check.items.slice(0, SHOWN);
  const rest = check.items.slice(SHOWN);
  const hidden = check.count - first.length;
  return (
    <li className="health-check" data-check={check.id}>
      <div className="health-check-head">
        <span aria-hidden="true" className="health-icon">
          !
        </span>
        <a className="health-title" href={href('process', 'step', check.stepId)}>
          {label(check.title)}
        </a>
        {check.count > 0 && (
          <span className="badge badge-warning">{t('health.count', { count: check.count })}</span>
        )}
      </div>
      <p className="health-step muted">
        {t('health.step', { step: label(check.stepTitle) })}
        {check.detail && <> · {label(check.detail)}</>}
      </p>
      {first.length > 0 && (
        <ul className="health-items">
          {first.map((item, i) => (
            <li key={i}>
              <a href={itemHref(item)}>{label(item.label)}</a>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <details className="health-more">
          <summary>{t('health.more', { count: hidden })}</summary>
          <ul className="health-items">
            {rest.map((item, i) => (
              <li key={i}>
                <a href={itemHref(item)}>{label(item.label)}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function Folded({ checks, title }: { checks: HealthCheckResult[]; title: string }) {
  if (checks.length === 0) return null;
  return (
    <details className="health-folded">
      <summary>{title}</summary>
      <ul className="plain-list health-folded-list">
        {checks.map((c) => (
          <li key={c.id}>
            <span aria-hidden="true" className="health-icon-small">
              {c.status === 'ok' ? '✔' : '–'}
            </span>{' '}
            <a href={href('process', 'step', c.stepId)}>{label(c.title)}</a>
            {c.detail && <span className="muted"> · {label(c.detail)}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function HealthChecks({ report }: { report: HealthReport }) {
  const { t } = useTranslation('overview');
  const attention = report.checks.filter((c) => c.status === 'attention');
  const ok = report.checks.filter((c) => c.status === 'ok');
  const na = report.checks.filter((c) => c.status === 'not-applicable');
  return (
    <section className="card health-card" aria-labelledby="overview-health">
      <h2 id="overview-health">{t('health.title')}</h2>
      {attention.length === 0 ? (
        <p className="empty">{t('health.allGood')}</p>
      ) : (
        <>
          <p className="muted">{t('health.intro')}</p>
          <ul className="health-list">
            {attention.map((c) => (
              <HealthCheckItem key={c.id} check={c} />
            ))}
          </ul>
        </>
      )}
      <Folded checks={ok} title={t('health.okTitle', { count: ok.length })} />
      <Folded checks={na} title={t('health.naTitle', { count: na.length })} />
    </section>
  );
}
