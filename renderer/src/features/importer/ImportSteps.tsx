// Runs in: renderer. Where in the import the officer is: 1 file, 2 map and check, 3 import.
import { useTranslation } from 'react-i18next';

const steps = ['file', 'check', 'run'] as const;
export type ImportStep = (typeof steps)[number];

export function ImportSteps({ current }: { current: ImportStep }) {
  const { t } = useTranslation('importer');
  return (
    <ol className="import-steps" aria-label={t('steps.label')}>
      {steps.map((s, i) => (
        <li key={s} aria-current={s === current ? 'step' : undefined}>
          <span className="import-step-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
