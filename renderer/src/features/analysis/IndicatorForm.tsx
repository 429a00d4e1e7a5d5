// Runs in: renderer. The details of an indicator: name, unit, source, Kolada id, area and note.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSource } from '../../../../shared/domain/statistics';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { sourceOptions } from './labels';

export interface IndicatorFields {
  name: string;
  unit: string;
  source: IndicatorSource;
  kpiId: string;
  areaCode: string;
  areaName: string;
  note: string;
}

export const emptyIndicator: IndicatorFields = {
  name: '',
  unit: '',
  source: 'own',
  kpiId: '',
  areaCode: '',
  areaName: '',
  note: '',
};

export function IndicatorForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  errors,
  busy,
}: {
  initial: IndicatorFields;
  submitLabel: string;
  onSubmit: (fields: IndicatorFields) => void;
  onCancel: () => void;
  errors: Record<string, string>;
  busy: boolean;
}) {
  const { t } = useTranslation('analysis');
  const [f, setF] = useState(initial);
  const set = (key: keyof IndicatorFields) => (e: { target: { value: string } }) =>
    setF((old) => ({ ...old, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(f);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label={t('indicator.name')}
        required
        value={f.name}
        onChange={set('name')}
        error={errors.name}
        autoFocus
      />
      <TextField
        label={t('indicator.unit')}
        hint={t('indicator.unitHint')}
        value={f.unit}
        onChange={set('unit')}
        error={errors.unit}
      />
      <SelectField
        label={t('indicator.source')}
        value={f.source}
        onChange={set('source')}
        options={sourceOptions()}
      />
      <TextField
        label={t('indicator.kpiId')}
        hint={t('indicator.kpiHint')}
        value={f.kpiId}
        onChange={set('kpiId')}
        error={errors.kpiId}
      />
      <TextField
        label={t('indicator.areaName')}
        value={f.areaName}
        onChange={set('areaName')}
        error={errors.areaName}
      />
      <TextField
        label={t('indicator.areaCode')}
        hint={t('indicator.areaCodeHint')}
        value={f.areaCode}
        onChange={set('areaCode')}
        error={errors.areaCode}
      />
      <div className="wide">
        <TextArea
          label={t('indicator.note')}
          value={f.note}
          onChange={set('note')}
          error={errors.note}
          rows={2}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
