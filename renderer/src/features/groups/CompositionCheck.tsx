// Runs in: renderer. I22: which actor categories the group's members bring, which none of them
// does, and why a mix matters. Present and missing are told by heading, icon and word.
import { useTranslation } from 'react-i18next';
import { actorCategories } from '../../../../shared/domain/actorCategories';
import type { Composition } from '../../../../shared/domain/groups';
import { label } from '../../i18n';

const categoryLabel = (id: string) => {
  const entry = actorCategories.find((c) => c.id === id);
  return entry ? label(entry) : id;
};

export function CompositionCheck({ composition }: { composition: Composition }) {
  const { t } = useTranslation('groups');
  const { covered, missing } = composition;
  return (
    <section className="card" aria-labelledby="group-composition">
      <h2 id="group-composition">{t('composition.title')}</h2>
      <p>{t('composition.why')}</p>
      {covered.length === 0 && <p className="muted">{t('composition.noneCovered')}</p>}
      <div className="swot-layout">
        <div>
          <h3>{t('composition.covered', { count: covered.length })}</h3>
          <ul
            className="plain-list"
            aria-label={t('composition.covered', { count: covered.length })}
          >
            {covered.map((c) => (
              <li key={c.category}>
                <span aria-hidden="true">✔ </span>
                <strong>{categoryLabel(c.category)}</strong>
                <span className="muted"> – {c.members.join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('composition.missing', { count: missing.length })}</h3>
          {missing.length === 0 ? (
            <p>{t('composition.allCovered')}</p>
          ) : (
            <ul
              className="plain-list"
              aria-label={t('composition.missing', { count: missing.length })}
            >
              {missing.map((c) => (
                <li key={c}>
                  <span aria-hidden="true">○ </span>
                  {categoryLabel(c)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
