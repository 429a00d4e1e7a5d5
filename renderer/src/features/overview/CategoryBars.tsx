// Runs in: renderer. Stakeholders per actor category as bars with numbers, and the empty categories
// named in words: the point is to see who is missing, not only who is there.
import { useTranslation } from 'react-i18next';
import { actorCategories, type ActorCategory } from '../../../../shared/domain/actorCategories';
import type { Overview } from '../../../../shared/domain/app';
import { label } from '../../i18n';

export function CategoryBars({
  perCategory,
  emptyCategories,
}: Pick<Overview, 'perCategory' | 'emptyCategories'>) {
  const { t } = useTranslation('overview');
  const counts = new Map<ActorCategory, number>(perCategory.map((c) => [c.category, c.count]));
  const max = Math.max(1, ...perCategory.map((c) => c.count));
  const missing = new Set<ActorCategory>(emptyCategories);
  for (const c of actorCategories) if ((counts.get(c.id) ?? 0) === 0) missing.add(c.id);
  const missingLabels = actorCategories.filter((c) => missing.has(c.id)).map((c) => label(c));

  return (
    <section className="card" aria-labelledby="overview-categories">
      <h2 id="overview-categories">{t('categories.title')}</h2>
      <p className="field-hint">{t('categories.hint')}</p>
      <ul className="plain-list category-bars">
        {actorCategories.map((c) => {
          const count = counts.get(c.id) ?? 0;
          return (
            <li key={c.id} className={`hbar${count === 0 ? ' hbar-empty' : ''}`}>
              <span className="hbar-label">
                {label(c)}
                {count === 0 && (
                  <span className="visually-hidden">{` – ${t('categories.missingOne')}`}</span>
                )}
              </span>
              <span className="hbar-track" aria-hidden="true">
                <span className="hbar-fill" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="hbar-count">{count === 0 ? t('categories.zero') : count}</span>
            </li>
          );
        })}
      </ul>
      {missingLabels.length > 0 ? (
        <p className="missing-line">
          <strong>{t('categories.missing')}</strong> {missingLabels.join(', ')}
        </p>
      ) : (
        <p className="missing-line">{t('categories.allPresent')}</p>
      )}
    </section>
  );
}
