// Runs in: renderer. One analysis text: a heading (for the analyses), a plain textarea, save, and
// when it was last saved.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisTextKinds, type AnalysisText } from '../../../../shared/domain/analysisTexts';
import { label } from '../../i18n';
import { TextArea, TextField } from '../../ui/fields';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function TextEditor({
  text,
  withTitle,
  rows = 12,
}: {
  text: AnalysisText;
  withTitle: boolean;
  rows?: number;
}) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const [title, setTitle] = useState(text.title);
  const [body, setBody] = useState(text.body);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const kindLabel = label(analysisTextKinds.find((k) => k.id === text.kind)!);
  const dirty = title !== text.title || body !== text.body;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await mutate('analysisTexts:save', {
      programmeId: text.programmeId,
      kind: text.kind,
      title,
      body,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.body ?? result.error.message);
      return;
    }
    setError(undefined);
    toast.success(t('toast.saved', { ns: 'common' }));
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      {withTitle && (
        <TextField
          label={t('texts.titleField')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      )}
      <TextArea
        label={withTitle ? t('texts.body') : kindLabel}
        value={body}
        rows={rows}
        onChange={(e) => setBody(e.target.value)}
        error={error}
      />
      <div className="form-actions" style={{ alignItems: 'center' }}>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('texts.save')}
        </button>
        <span className="muted" role="status">
          {dirty
            ? t('texts.unsaved')
            : text.updatedAt
              ? t('texts.saved', { at: formatTimestamp(text.updatedAt) })
              : t('texts.neverSaved')}
        </span>
      </div>
    </form>
  );
}
