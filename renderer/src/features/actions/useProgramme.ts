// Runs in: renderer. The programme the action plan belongs to: the current one.
import { useQuery } from '../../ui/useQuery';

export function useCurrentProgramme() {
  return useQuery('programmes:current', {});
}
