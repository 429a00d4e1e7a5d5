// Runs in: renderer. Writing an insight straight onto the board (not from a visit or interview).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsightType } from '../../../../shared/domain/insights';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function AddInsightForm({ type, programmeId }: { type: InsightType; programmeId?: string }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('insights:create', { type, text, programmeId });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.fields?.text ?? result.error.message);
      return;
    }
    setText('');
    setError(undefined);
    toast.success(t('add.saved'));
  };

  return (
    <form className="add-insight" onSubmit={(e) => void submit(e)}>
      <TextField
        label={t(`add.label.${type}`)}
        value={text}
        error={error}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button button-small" disabled={saving}>
        {t('add.submit')}
      </button>
    </form>
  );
}
