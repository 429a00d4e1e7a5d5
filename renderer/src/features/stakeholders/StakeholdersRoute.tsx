// Runs in: renderer. The Aktörer section: '' list, 'new', ':id', ':id/edit'.
import { StakeholderDetail } from './StakeholderDetail';
import { StakeholderFormPage } from './StakeholderFormPage';
import { StakeholderList } from './StakeholderList';

export function StakeholdersRoute({ route }: { route: string[] }) {
  const [first, second] = route;
  if (!first) return <StakeholderList />;
  if (first === 'new') return <StakeholderFormPage />;
  if (second === 'edit') return <StakeholderFormPage id={first} />;
  return <StakeholderDetail id={first} />;
}
