// Runs in: renderer. Processen: '' the wizard, 'step/<id>' the wizard with a step open,
// 'mandate', 'purpose', 'anchoring' the programme's own panels, 'programme' its details,
// 'new' a new programme. With no programme yet, every address offers to create the first.
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { ProgrammeTextPage } from '../programmeText/ProgrammeTextPage';
import { RolesPage } from '../programmeText/RolesPage';
import { FirstProgrammePage, NewProgrammePage } from './ProgrammePages';
import { ProcessPage } from './ProcessPage';
import { AnchoringPage, MandatePage, ProgrammeDetailsPage, PurposePage } from './ProcessSubPages';

export function ProcessRoute({ route }: { route: string[] }) {
  const { t } = useTranslation('process');
  const current = useQuery('programmes:current', {});
  const [first, second] = route;

  if (current.error) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={current.error} onRetry={current.reload} />
      </Page>
    );
  }
  if (!current.data) return <Page title={t('title')}>{null}</Page>;
  const programme = current.data.programme;
  if (!programme) return <FirstProgrammePage />;

  switch (first) {
    case 'new':
      return <NewProgrammePage />;
    case 'programme':
      return <ProgrammeDetailsPage key={programme.id} programme={programme} />;
    case 'mandate':
      return <MandatePage key={programme.id} programme={programme} />;
    case 'purpose':
      return <PurposePage key={programme.id} programme={programme} />;
    case 'programme-text':
      return <ProgrammeTextPage key={programme.id} programme={programme} />;
    case 'roles':
      return <RolesPage key={programme.id} programme={programme} />;
    case 'anchoring':
      return <AnchoringPage programme={programme} />;
    case 'step':
      return <ProcessPage key={programme.id} programme={programme} openStep={second} />;
    default:
      return <ProcessPage key={programme.id} programme={programme} />;
  }
}
