// Runs in: renderer. The Företag section: '' list, 'new', 'import', ':id', ':id/edit'.
import { ImportWizard } from '../importer/ImportWizard';
import { CompanyDetail } from './CompanyDetail';
import { CompanyFormPage } from './CompanyFormPage';
import { CompanyList } from './CompanyList';

export function CompaniesRoute({ route }: { route: string[] }) {
  const [first, second] = route;
  if (!first) return <CompanyList />;
  if (first === 'new') return <CompanyFormPage />;
  if (first === 'import') return <ImportWizard />;
  if (second === 'edit') return <CompanyFormPage id={first} />;
  return <CompanyDetail id={first} />;
}
