// Runs in: renderer. The four parts of communication as tabs: plan, log, briefings, untold results.
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';

const tabs = ['plan', 'log', 'briefings', 'untold'] as const;
export type CommunicationTab = (typeof tabs)[number];

export function CommunicationTabs({ current }: { current: CommunicationTab }) {
  const { t } = useTranslation('communication');
  return (
    <nav className="analysis-tabs case-tabs" aria-label={t('tabs.label')}>
      {tabs.map((tab) => (
        <a
          key={tab}
          href={tab === 'plan' ? href('communication') : href('communication', tab)}
          aria-current={current === tab ? 'page' : undefined}
        >
          {t(`tabs.${tab}`)}
        </a>
      ))}
    </nav>
  );
}
