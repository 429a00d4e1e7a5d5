// Runs in: renderer. The document's period: two dates and the quick choices.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/fields';
import { quickPeriod, quickPeriods, type Period } from './periods';

interface Props {
  value: Period;
  onChange: (period: Period) => void;
  errors: Record<string, string>;
}

export function PeriodFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation('export');
  return (
    <fieldset className="export-period">
      <legend>{t('options.period')}</legend>
      <div className="export-period-dates">
        <TextField
          label={t('options.from')}
          type="date"
          value={value.from}
          error={errors.from}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
        <TextField
          label={t('options.to')}
          type="date"
          value={value.to}
          error={errors.to}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
      </div>
      <div className="quick-periods" role="group" aria-label={t('options.quick')}>
        {quickPeriods.map((choice) => {
          const period = quickPeriod(choice);
          const pressed = period.from === value.from && period.to === value.to;
          return (
            <button
              key={choice}
              type="button"
              className="button button-small"
              aria-pressed={pressed}
              onClick={() => onChange(period)}
            >
              {t(`options.${choice}`)}
            </button>
          );
        })}
      </div>
      <p className="field-hint">{t('options.periodHint')}</p>
    </fieldset>
  );
}
