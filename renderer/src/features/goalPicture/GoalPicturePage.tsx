// Runs in: renderer. '#/analysis/goalPicture': the current programme's shared goal picture.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { GoalPicturePanel } from './GoalPicturePanel';

export function GoalPicturePage() {
  const { t } = useTranslation('goalPicture');
  const current = useQuery('programmes:current', {});
  const programme = current.data?.programme;
  return (
    <Page title={t('title')} subtitle={programme ? programme.name : undefined}>
      {current.error && <ErrorBanner error={current.error} onRetry={current.reload} />}
      {current.data && !programme && (
        <p>
          {t('noProgramme')} <a href={href('process')}>{t('toProcess')}</a>
        </p>
      )}
      {programme && (
        <div className="card">
          <GoalPicturePanel programmeId={programme.id} />
        </div>
      )}
    </Page>
  );
}
