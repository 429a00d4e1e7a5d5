// Runs in: renderer. Programtext ('#/process/programme-text'): the programme document's sections
// in print order, each written here, built from the data, or left out; the first page's details;
// when the text was last saved.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { AdoptionNote } from './AdoptionNote';
import { MetaForm } from './MetaForm';
import { SectionCard } from './SectionCard';

export function ProgrammeTextPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('programmeText');
  const view = useQuery('programmeText:get', { programmeId: programme.id });
  const data = view.data?.programmeId === programme.id ? view.data : undefined;

  return (
    <Page
      title={t('title')}
      subtitle={programme.name}
      actions={
        <>
          <a className="button" href={href('process', 'roles')}>
            {t('rolesLink')}
          </a>
          <a className="button button-primary" href={href('export')}>
            {t('exportLink')}
          </a>
        </>
      }
    >
      <p>
        <a href={href('process')}>{t('backToProcess')}</a>
      </p>
      <AdoptionNote programme={programme} />
      <p>{t('intro')}</p>
      {view.error && <ErrorBanner error={view.error} onRetry={view.reload} />}
      {data && (
        <>
          <p className="muted" aria-live="polite">
            {data.lastSavedAt
              ? t('lastSaved', { time: formatTimestamp(data.lastSavedAt) })
              : t('neverSaved')}
          </p>
          <MetaForm
            key={data.meta.updatedAt ?? 'new'}
            programmeId={programme.id}
            meta={data.meta}
          />
          {data.sections.map((section) => (
            <SectionCard
              key={`${section.id}:${section.updatedAt ?? ''}:${section.leftOut ? 1 : 0}`}
              programmeId={programme.id}
              section={section}
            />
          ))}
        </>
      )}
    </Page>
  );
}
