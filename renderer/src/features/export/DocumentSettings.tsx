// Runs in: renderer. Dokumentinställningar: the logo, the Word template and the placeholder guide.
import { useTranslation } from 'react-i18next';
import type { ExportSettings } from '../../../../shared/domain/export';
import { LogoSettings } from './LogoSettings';
import { PlaceholderGuide } from './PlaceholderGuide';
import { TemplateSettings } from './TemplateSettings';

export function DocumentSettings({ settings }: { settings: ExportSettings }) {
  const { t } = useTranslation('export');
  return (
    <section className="card export-settings" aria-labelledby="export-settings">
      <h2 id="export-settings">{t('settings.title')}</h2>
      <p className="muted">{t('settings.intro')}</p>
      <div className="grid-2">
        <LogoSettings logo={settings.logo} />
        <TemplateSettings template={settings.template} placeholders={settings.placeholders} />
      </div>
      <PlaceholderGuide placeholders={settings.placeholders} />
    </section>
  );
}
