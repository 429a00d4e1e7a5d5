// Runs in: renderer. What a library indicator says and what to watch out for (F13).
import { useTranslation } from 'react-i18next';
import type { LibraryIndicator } from '../../../../shared/domain/indicatorLibrary';
import { label } from '../../i18n';

export function IndicatorGuidance({ indicator }: { indicator: LibraryIndicator }) {
  const { t } = useTranslation('goals');
  return (
    <aside className="banner banner-info indicator-guidance" aria-label={t('library.guidance')}>
      <strong>{label(indicator.name)}</strong>
      <p>{label(indicator.guidance)}</p>
      <p>
        <strong>{t('library.pitfalls')}</strong> {label(indicator.pitfalls)}
      </p>
    </aside>
  );
}
