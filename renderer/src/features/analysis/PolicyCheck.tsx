// Runs in: renderer. The policy check of one steering document (S07): checked yes/no, when, and
// whether the programme conflicts with it and how.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringDocument } from '../../../../shared/domain/steeringDocuments';
import { CheckboxField, TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function PolicyCheck({ doc }: { doc: SteeringDocument }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const [checked, setChecked] = useState(doc.checked);
  const [date, setDate] = useState(doc.checkedDate ?? '');
  const [conflict, setConflict] = useState(doc.conflict);
  const [note, setNote] = useState(doc.conflictNote);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await mutate('steering:check', {
      id: doc.id,
      checked,
      checkedDate: checked && date ? date : null,
      conflict,
      conflictNote: note,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      toast.error(result.error.message);
      return;
    }
    setErrors({});
    toast.success(t('toast.saved', { ns: 'common' }));
  };

  return (
    <form
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 24px', alignItems: 'flex-end' }}
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={`${t('steering.check.heading')}: ${doc.title}`}
    >
      <h3 style={{ margin: 0, flexBasis: '100%' }}>{t('steering.check.heading')}</h3>
      <CheckboxField
        label={t('steering.check.checked')}
        checked={checked}
        onChange={(e) => setChecked(e.target.checked)}
      />
      {checked && (
        <TextField
          label={t('steering.check.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.checkedDate}
        />
      )}
      <CheckboxField
        label={t('steering.check.conflict')}
        checked={conflict}
        onChange={(e) => setConflict(e.target.checked)}
      />
      {(conflict || note) && (
        <div style={{ flexBasis: '100%' }}>
          <TextArea
            label={t('steering.check.conflictNote')}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={errors.conflictNote}
          />
        </div>
      )}
      <div className="form-actions" style={{ flexBasis: '100%' }}>
        <button type="submit" className="button" disabled={busy}>
          {t('steering.check.save')}
        </button>
      </div>
    </form>
  );
}
