// Runs in: renderer. The case (ärende) a document is written for, e.g. the tjänsteskrivelse's.
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/domain/cases';
import { SelectField } from '../../ui/fields';

interface Props {
  cases: CaseRow[] | undefined;
  value: string;
  onChange: (caseId: string) => void;
  error?: string;
}

export function CaseField({ cases, value, onChange, error }: Props) {
  const { t } = useTranslation('export');
  if (!cases) return <p className="muted">{t('options.casesLoading')}</p>;
  if (cases.length === 0) {
    return (
      <p className="banner banner-info" role="status">
        {t('options.noCases')}
      </p>
    );
  }
  return (
    <SelectField
      label={t('options.case')}
      hint={t('options.caseHint')}
      error={error}
      value={value || cases[0]!.id}
      options={cases.map((c) => ({
        value: c.id,
        label: c.dnr ? `${c.dnr} – ${c.title}` : c.title,
      }))}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
