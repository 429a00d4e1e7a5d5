// Runs in: renderer. Who is responsible for a focus area (I07): a stakeholder from the register by
// type-ahead, or a name typed in when the person is not in the register.
import { useTranslation } from 'react-i18next';
import type { StakeholderLookup } from '../../../../shared/domain/stakeholders';
import { call } from '../../api/client';
import { href } from '../../app/router';
import { LookupCombobox } from '../../ui/LookupCombobox';

interface Props {
  stakeholderId: string | null;
  name: string;
  onChange: (value: { stakeholderId: string | null; name: string }) => void;
  error?: string;
}

export function ResponsibleField({ stakeholderId, name, onChange, error }: Props) {
  const { t } = useTranslation('goals');
  return (
    <div className="responsible-field">
      <LookupCombobox<StakeholderLookup>
        label={t('area.responsible')}
        hint={
          stakeholderId ? (
            <>
              {t('area.responsibleLinked')}{' '}
              <a href={href('stakeholders', stakeholderId)}>{t('area.responsibleOpen')}</a>
            </>
          ) : (
            t('area.responsibleHint')
          )
        }
        error={error}
        text={name}
        onTextChange={(text) => onChange({ stakeholderId: null, name: text })}
        search={(query) => call('stakeholders:lookup', { query, limit: 10 })}
        optionKey={(s) => s.id}
        renderOption={(s) => (
          <>
            <span>{s.name}</span>
            {s.organisation && <span className="combobox-secondary"> {s.organisation}</span>}
          </>
        )}
        onChoose={(s) => onChange({ stakeholderId: s.id, name: s.name })}
        noHitsText={t('area.responsibleNoHits')}
      />
    </div>
  );
}
