// Runs in: renderer. Inställningar: municipality and officer, the municipality's places, and where
// the data lives (database file, backups, opening another file).
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { BackupsSection } from './BackupsSection';
import { LocalitiesEditor } from './LocalitiesEditor';
import { OpenDatabaseForm } from './OpenDatabaseForm';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const settings = useQuery('settings:get', {});
  const localities = useQuery('localities:list', {});
  const info = useQuery('app:info', {});

  return (
    <Page title={t('title')} subtitle={t('subtitle')}>
      {settings.error && <ErrorBanner error={settings.error} onRetry={settings.reload} />}
      {/* The forms copy the data once: later reloads (after any save) do not wipe what is being typed. */}
      {settings.data && <SettingsForm settings={settings.data} />}
      {localities.error && <ErrorBanner error={localities.error} onRetry={localities.reload} />}
      {localities.data && <LocalitiesEditor localities={localities.data} />}
      <section className="card data-section" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('data.title')}</h2>
        {info.error && <ErrorBanner error={info.error} onRetry={info.reload} />}
        {info.data && (
          <dl className="details">
            <dt>{t('data.dataDir')}</dt>
            <dd className="path">{info.data.dataDir}</dd>
            <dt>{t('data.databasePath')}</dt>
            <dd className="path">{info.data.databasePath}</dd>
            <dt>{t('data.backupDir')}</dt>
            <dd className="path">{info.data.backupDir}</dd>
            <dt>{t('data.schemaVersion')}</dt>
            <dd>{info.data.schemaVersion}</dd>
            <dt>{t('data.appVersion')}</dt>
            <dd>{info.data.appVersion}</dd>
          </dl>
        )}
        <BackupsSection />
        <OpenDatabaseForm />
      </section>
    </Page>
  );
}
