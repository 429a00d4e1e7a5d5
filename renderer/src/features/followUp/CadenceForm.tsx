// Runs in: renderer. The follow-up cadence (I38): how often and from when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cadences, type Cadence, type FollowUpSettings } from '../../../../shared/domain/followUp';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function CadenceForm({ settings }: { settings: FollowUpSettings }) {
  const { t } = useTranslation('followUp');
  const toast = useToast();
  const [cadence, setCadence] = useState<Cadence>(settings.cadence);
  const [startDate, setStartDate] = useState(settings.startDate);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    const result = await mutate('followUp:setSettings', {
      programmeId: settings.programmeId,
      cadence,
      startDate,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('cadence.saved'));
  };

  return (
    <form
      className="card followup-cadence"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{t('cadence.heading')}</h2>
      <div className="grid-2">
        <SelectField
          label={t('cadence.cadence')}
          value={cadence}
          onChange={(e) => setCadence(e.target.value as Cadence)}
          options={cadences.map((c) => ({ value: c.id, label: label(c) }))}
          hint={settings.isDefault ? t('cadence.default') : t('cadence.hint')}
        />
        <TextField
          label={t('cadence.startDate')}
          type="date"
          required
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={error?.fields?.startDate}
        />
      </div>
      {error && !error.fields && <p className="field-error">{error.message}</p>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('cadence.save')}
        </button>
      </div>
    </form>
  );
}
