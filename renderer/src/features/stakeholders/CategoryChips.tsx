// Runs in: renderer. Actor categories as chips and the A15 flags as text badges (never colour alone).
import {
  actorCategories,
  actorFlags,
  type ActorCategory,
} from '../../../../shared/domain/actorCategories';
import { label } from '../../i18n';

export function CategoryChips({ categories }: { categories: ActorCategory[] }) {
  if (categories.length === 0) return null;
  return (
    <span className="chips">
      {categories.map((id) => {
        const entry = actorCategories.find((c) => c.id === id);
        return (
          <span key={id} className="chip">
            {entry ? label(entry) : id}
          </span>
        );
      })}
    </span>
  );
}

export function FlagBadges({ keyActor, champion }: { keyActor: boolean; champion: boolean }) {
  const on = { keyActor, champion };
  const shown = actorFlags.filter((f) => on[f.id]);
  if (shown.length === 0) return null;
  return (
    <span className="chips">
      {shown.map((f) => (
        <span key={f.id} className="badge badge-flag">
          {label(f)}
        </span>
      ))}
    </span>
  );
}
