// Runs in: renderer. Ärenden: '' the list, 'new' a new case, 'meetings' the meeting calendar,
// '<id>' a case (with a tab: '', 'memo', 'remiss', 'details').
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';
import { MeetingsPage } from './MeetingsPage';
import { NewCasePage } from './NewCasePage';

export function CasesRoute({ route }: { route: string[] }) {
  const [first, second] = route;
  if (!first) return <CaseListPage />;
  if (first === 'new') return <NewCasePage />;
  if (first === 'meetings') return <MeetingsPage />;
  return <CasePage key={first} id={first} tab={second ?? ''} />;
}
