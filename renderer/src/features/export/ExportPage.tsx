// Runs in: renderer. Export: create a Word document (choose, preview, download), the export log, and
// the document settings (logo, template). Built from the documents the core offers.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { DocumentSettings } from './DocumentSettings';
import { ExportForm } from './ExportForm';
import { ExportLog } from './ExportLog';

export function ExportPage() {
  const { t } = useTranslation('export');
  const documents = useQuery('export:documents', {});
  const settings = useQuery('export:settings', {});
  return (
    <Page title={t('title')} subtitle={t('subtitle')}>
      {documents.error && <ErrorBanner error={documents.error} onRetry={documents.reload} />}
      {documents.data && settings.data && (
        <ExportForm documents={documents.data} template={settings.data.template} />
      )}
      <ExportLog documents={documents.data ?? []} />
      {settings.error && <ErrorBanner error={settings.error} onRetry={settings.reload} />}
      {settings.data && <DocumentSettings settings={settings.data} />}
    </Page>
  );
}
