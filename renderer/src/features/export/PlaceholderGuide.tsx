// Runs in: renderer. The placeholders a template may use, as the core knows them (not copied from
// the user guide, so the two cannot drift apart).
import { useTranslation } from 'react-i18next';
import type { TemplatePlaceholder } from '../../../../shared/domain/export';
import { GUIDE_ID, placeholder } from './format';

export function PlaceholderGuide({ placeholders }: { placeholders: TemplatePlaceholder[] }) {
  const { t } = useTranslation('export');
  const body = placeholders.find((p) => p.required)?.name ?? 'innehall';
  return (
    <details id={GUIDE_ID} className="export-guide">
      <summary>{t('guide.title')}</summary>
      <p>{t('guide.intro', { body: placeholder(body) })}</p>
      <div className="table-wrap">
        <table className="data-table export-guide-table">
          <caption className="visually-hidden">{t('guide.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('guide.name')}</th>
              <th scope="col">{t('guide.description')}</th>
              <th scope="col">{t('guide.required')}</th>
            </tr>
          </thead>
          <tbody>
            {placeholders.map((p) => (
              <tr key={p.name}>
                <td>
                  <code>{placeholder(p.name)}</code>
                </td>
                <td>{p.description}</td>
                <td>{p.required ? t('guide.yes') : t('guide.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
