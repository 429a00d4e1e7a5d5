// Runs in: renderer. The 17 global goals as checkboxes with their Swedish names (P18).
import { useTranslation } from 'react-i18next';
import { globalGoals, type GlobalGoalNumber } from '../../../../shared/domain/agenda2030';
import { label } from '../../i18n';
import { CheckboxField } from '../../ui/fields';

interface Props {
  value: GlobalGoalNumber[];
  onChange: (value: GlobalGoalNumber[]) => void;
  hint?: string;
}

export function Agenda2030Field({ value, onChange, hint }: Props) {
  const { t } = useTranslation('goals');
  const toggle = (n: GlobalGoalNumber, on: boolean) =>
    onChange(on ? [...value, n].sort((a, b) => a - b) : value.filter((v) => v !== n));
  return (
    <fieldset className="wide agenda-field">
      <legend>{t('area.agenda2030')}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="checkbox-grid">
        {globalGoals.map((g) => (
          <CheckboxField
            key={g.number}
            label={`${g.number}. ${label(g)}`}
            checked={value.includes(g.number)}
            onChange={(e) => toggle(g.number, e.target.checked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
