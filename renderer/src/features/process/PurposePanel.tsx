// Runs in: renderer. "Vad vill vi och varför?" (S11): purpose, why and vision of the programme,
// shown inside the wizard's steps and on its own page. Saves only its own fields.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import type { AppError } from '../../../../shared/errors';
import { TextArea } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function PurposePanel({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [purposeText, setPurpose] = useState(programme.purposeText);
  const [whyText, setWhy] = useState(programme.whyText);
  const [visionText, setVision] = useState(programme.visionText);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('programmes:update', {
      id: programme.id,
      purposeText,
      whyText,
      visionText,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('purpose.saved'));
  };

  return (
    <form
      className="form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={t('purpose.title')}
    >
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <div className="wide">
        <TextArea
          label={t('purpose.purposeText')}
          hint={t('purpose.purposeTextHint')}
          value={purposeText}
          onChange={(e) => setPurpose(e.target.value)}
          error={error?.fields?.purposeText}
          rows={4}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('purpose.whyText')}
          hint={t('purpose.whyTextHint')}
          value={whyText}
          onChange={(e) => setWhy(e.target.value)}
          error={error?.fields?.whyText}
          rows={4}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('purpose.visionText')}
          value={visionText}
          onChange={(e) => setVision(e.target.value)}
          error={error?.fields?.visionText}
          rows={2}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('purpose.save')}
        </button>
      </div>
    </form>
  );
}
