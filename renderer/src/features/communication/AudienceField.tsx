// Runs in: renderer. The audiences of an item (I26) as a group of checkboxes; several may be chosen.
import { useTranslation } from 'react-i18next';
import { audiences, type Audience } from '../../../../shared/domain/communication';
import { label } from '../../i18n';
import { CheckboxField } from '../../ui/fields';

interface Props {
  value: Audience[];
  onChange: (value: Audience[]) => void;
  error?: string;
}

export function AudienceField({ value, onChange, error }: Props) {
  const { t } = useTranslation('communication');
  return (
    <fieldset className="wide comm-audiences" aria-invalid={error ? true : undefined}>
      <legend>
        {t('planForm.audiences')}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div className="checkbox-grid">
        {audiences.map((a) => (
          <CheckboxField
            key={a.id}
            label={label(a)}
            checked={value.includes(a.id)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? audiences.map((x) => x.id).filter((id) => id === a.id || value.includes(id))
                  : value.filter((id) => id !== a.id),
              )
            }
          />
        ))}
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
