// Runs in: renderer. Who is in the room during a workshop (I14). Kept for the window's session, so
// stepping out to the normal view and back does not lose it.
import { useCallback, useState } from 'react';
import type { ActionContributor } from '../../../../../shared/domain/actions';

const KEY = 'pv.actions.workshopRoom';

function load(): ActionContributor[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? (value as ActionContributor[]) : [];
  } catch {
    return [];
  }
}

export function useWorkshopRoom(): [ActionContributor[], (people: ActionContributor[]) => void] {
  const [room, setRoom] = useState(load);
  const update = useCallback((people: ActionContributor[]) => {
    setRoom(people);
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(people));
    } catch {
      // Storage may be unavailable; the room still works for this view.
    }
  }, []);
  return [room, update];
}
