// Runs in: renderer. Self-contained: the steering documents a focus area builds on, with a picker
// to link another and a way to remove a link. The goals feature embeds it in the focus area view.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { steeringKindLabel } from './labels';

export function FocusAreaSteeringPicker({ focusAreaId }: { focusAreaId: string }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const query = useQuery('steering:forFocusArea', { focusAreaId });
  const [documentId, setDocumentId] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const data = query.data;
  if (!data) return null;

  const link = async (e: FormEvent) => {
    e.preventDefault();
    if (!documentId) return;
    setBusy(true);
    const result = await mutate('steering:link', { focusAreaId, documentId, note });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    setDocumentId('');
    setNote('');
  };
  const unlink = async (id: string) => {
    const result = await mutate('steering:unlink', { focusAreaId, documentId: id });
    if (!result.ok) toast.error(result.error.message);
  };

  return (
    <section aria-labelledby={`steering-${focusAreaId}`}>
      <h3 id={`steering-${focusAreaId}`}>{t('picker.heading')}</h3>
      {data.linked.length === 0 ? (
        <p className="muted">{t('picker.none')}</p>
      ) : (
        <ul className="plain-list">
          {data.linked.map((d) => (
            <li key={d.id}>
              <a href={href('analysis', 'steering')}>{d.title}</a>{' '}
              <span className="muted">({steeringKindLabel(d.kind)})</span>
              {d.note && <span> – {d.note}</span>}{' '}
              <button type="button" className="link-button" onClick={() => void unlink(d.id)}>
                {t('picker.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {data.available.length > 0 ? (
        <details>
          <summary>{t('picker.choose')}</summary>
          <form className="form" onSubmit={(e) => void link(e)}>
            <SelectField
              label={t('picker.select')}
              value={documentId}
              onChange={(e) => setDocumentId(e.target.value)}
              options={[
                { value: '', label: t('picker.placeholder') },
                ...data.available.map((d) => ({
                  value: d.id,
                  label: `${d.title} (${steeringKindLabel(d.kind)})`,
                })),
              ]}
            />
            <TextField
              label={t('picker.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <div className="form-actions">
              <button type="submit" className="button" disabled={busy || !documentId}>
                {t('picker.link')}
              </button>
            </div>
          </form>
        </details>
      ) : (
        <p className="muted">
          {data.linked.length > 0 ? t('picker.allLinked') : t('picker.noDocuments')}{' '}
          <a href={href('analysis', 'steering')}>{t('picker.register')}</a>
        </p>
      )}
    </section>
  );
}
