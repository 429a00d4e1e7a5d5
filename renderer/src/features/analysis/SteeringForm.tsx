// Runs in: renderer. A steering document's register fields: name, kind, owner, adopted, valid
// until, link or file, note.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocumentKind } from '../../../../shared/domain/steeringDocuments';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { steeringKindOptions } from './labels';

export interface SteeringFields {
  title: string;
  kind: SteeringDocumentKind;
  owner: string;
  adoptedDate: string;
  validUntil: string;
  reference: string;
  note: string;
}

export const blankSteering: SteeringFields = {
  title: '',
  kind: 'policy',
  owner: '',
  adoptedDate: '',
  validUntil: '',
  reference: '',
  note: '',
};

export const toSteeringInput = (f: SteeringFields) => ({
  ...f,
  adoptedDate: f.adoptedDate || null,
  validUntil: f.validUntil || null,
});

export function SteeringForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: SteeringFields;
  submitLabel: string;
  /** Returns field errors, or null when saved. */
  onSubmit: (f: SteeringFields) => Promise<Record<string, string> | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('analysis');
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof SteeringFields) => (e: { target: { value: string } }) =>
    setF((old) => ({ ...old, [key]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors((await onSubmit(f)) ?? {});
    setBusy(false);
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('steering.fields.title')}
        required
        value={f.title}
        onChange={set('title')}
        error={errors.title}
        autoFocus
      />
      <SelectField
        label={t('steering.fields.kind')}
        value={f.kind}
        onChange={set('kind')}
        options={steeringKindOptions()}
      />
      <TextField
        label={t('steering.fields.owner')}
        value={f.owner}
        onChange={set('owner')}
        error={errors.owner}
      />
      <TextField
        label={t('steering.fields.adoptedDate')}
        type="date"
        value={f.adoptedDate}
        onChange={set('adoptedDate')}
        error={errors.adoptedDate}
      />
      <TextField
        label={t('steering.fields.validUntil')}
        type="date"
        value={f.validUntil}
        onChange={set('validUntil')}
        error={errors.validUntil}
      />
      <TextField
        label={t('steering.fields.reference')}
        value={f.reference}
        onChange={set('reference')}
        error={errors.reference}
      />
      <div className="wide">
        <TextArea
          label={t('steering.fields.note')}
          rows={2}
          value={f.note}
          onChange={set('note')}
          error={errors.note}
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
