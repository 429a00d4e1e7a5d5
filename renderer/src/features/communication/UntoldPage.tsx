// Runs in: renderer. I25 and F26: the finished actions and goals on track that nobody has been told
// about yet, each one click from a suggested communication item.
import { useTranslation } from 'react-i18next';
import type { UntoldResult } from '../../../../shared/domain/communication';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { CommunicationTabs } from './CommunicationTabs';

function what(t: (key: string) => string, r: UntoldResult): string {
  if (r.kind === 'action') return t('untold.actionDone');
  return r.reached ? t('untold.reached') : t('untold.onTrack');
}

export function UntoldPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('communication');
  const untold = useQuery('communication:untold', { programmeId: programme.id });
  const rows = untold.data ?? [];
  return (
    <Page title={t('title')} subtitle={t('subtitle', { programme: programme.name })}>
      <CommunicationTabs current="untold" />
      <p className="muted">{t('untold.intro')}</p>
      {untold.error && <ErrorBanner error={untold.error} onRetry={untold.reload} />}
      {untold.data && rows.length === 0 && <p className="empty">{t('untold.empty')}</p>}
      {rows.length > 0 && (
        <ul className="plain-list comm-untold">
          {rows.map((r) => (
            <li key={`${r.kind}-${r.id}`} className="card">
              <div>
                <span className="badge badge-success">
                  <span aria-hidden="true">✔ </span>
                  {what(t, r)}
                </span>{' '}
                {r.date && <span className="muted">{r.date}</span>}
              </div>
              <p>
                <a href={r.kind === 'action' ? href('actions', r.id) : href('goals', r.id)}>
                  {r.text}
                </a>
              </p>
              <a
                className="button button-primary"
                href={href('communication', 'new', r.kind, r.id)}
                aria-label={`${t('untold.tell')}: ${r.text}`}
              >
                {t('untold.tell')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
