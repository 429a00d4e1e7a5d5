// Runs in: renderer. The first page's details not kept elsewhere: who revises and who follows up.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDocumentMeta } from '../../../../shared/domain/programmeText';
import type { AppError } from '../../../../shared/errors';
import { TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function MetaForm({
  programmeId,
  meta,
}: {
  programmeId: string;
  meta: ProgrammeDocumentMeta;
}) {
  const { t } = useTranslation('programmeText');
  const toast = useToast();
  const [revisedBy, setRevisedBy] = useState(meta.revisedBy);
  const [followedUpBy, setFollowedUpBy] = useState(meta.followedUpBy);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await mutate('programmeText:setMeta', { programmeId, revisedBy, followedUpBy });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('meta.saved'));
  };

  return (
    <section className="card" aria-labelledby="programme-meta">
      <h2 id="programme-meta">{t('meta.title')}</h2>
      <p className="muted">{t('meta.intro')}</p>
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        {error && (
          <div className="wide">
            <ErrorBanner error={error} />
          </div>
        )}
        <TextField
          label={t('meta.revisedBy')}
          hint={t('meta.revisedByHint')}
          value={revisedBy}
          onChange={(e) => setRevisedBy(e.target.value)}
          error={error?.fields?.revisedBy}
        />
        <TextField
          label={t('meta.followedUpBy')}
          hint={t('meta.followedUpByHint')}
          value={followedUpBy}
          onChange={(e) => setFollowedUpBy(e.target.value)}
          error={error?.fields?.followedUpBy}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('meta.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
