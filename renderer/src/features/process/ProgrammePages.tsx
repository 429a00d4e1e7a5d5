// Runs in: renderer. Creating programmes: the very first one (one small form) and a new one
// beside the existing, e.g. the revision of the programme in force.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { Page } from '../../ui/Page';
import { ProgrammeForm } from './ProgrammeForm';

export function FirstProgrammePage() {
  const { t } = useTranslation('process');
  return (
    <Page title={t('title')} subtitle={t('programme.firstTitle')}>
      <p className="process-first-intro">{t('programme.firstIntro')}</p>
      <ProgrammeForm first />
    </Page>
  );
}

export function NewProgrammePage() {
  const { t } = useTranslation('process');
  return (
    <Page title={t('programme.newTitle')} subtitle={t('programme.newHint')}>
      <p>
        <a href={href('process')}>{t('backToProcess')}</a>
      </p>
      <ProgrammeForm />
    </Page>
  );
}
