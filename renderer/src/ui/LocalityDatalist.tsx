// Runs in: renderer. The municipality's localities as suggestions for a text field (list="…").
import { useQuery } from './useQuery';

export function LocalityDatalist({ id }: { id: string }) {
  const localities = useQuery('localities:list', {});
  return (
    <datalist id={id}>
      {(localities.data ?? []).map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
