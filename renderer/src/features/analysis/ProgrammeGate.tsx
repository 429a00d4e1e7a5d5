// Runs in: renderer. The analysis material belongs to the current programme: without one, say so
// and point to the process.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';

export function ProgrammeGate({
  title,
  children,
}: {
  title: string;
  children: (programmeId: string) => ReactNode;
}) {
  const { t } = useTranslation('analysis');
  const current = useQuery('programmes:current', {});
  if (current.error) {
    return (
      <Page title={title}>
        <ErrorBanner error={current.error} onRetry={current.reload} />
      </Page>
    );
  }
  if (!current.data) return <Page title={title}>{null}</Page>;
  const programme = current.data.programme;
  if (!programme) {
    return (
      <Page title={title}>
        <p>{t('noProgramme.text')}</p>
        <p>
          <a className="button button-primary" href={href('process')}>
            {t('noProgramme.link')}
          </a>
        </p>
      </Page>
    );
  }
  return <>{children(programme.id)}</>;
}
