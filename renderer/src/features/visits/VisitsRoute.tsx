// Runs in: renderer. Företagsbesök: '#/visits' list, '/new' form, '/<id>' detail, '/<id>/edit'.
import { VisitDetail } from './VisitDetail';
import { EditVisitPage, NewVisitPage } from './VisitFormPages';
import { VisitListPage } from './VisitListPage';

export function VisitsRoute({ route }: { route: string[] }) {
  const [first, second] = route;
  if (!first) return <VisitListPage />;
  // Keyed on the address so '#/visits/new?company=…' and a plain '#/visits/new' start afresh.
  if (first === 'new') return <NewVisitPage key={window.location.hash} />;
  if (second === 'edit') return <EditVisitPage id={first} />;
  return <VisitDetail id={first} />;
}
