// Runs in: renderer. The municipality's logo for the document header: choose a PNG, see it, remove it
// (with undo: the removed image is still in hand).
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSettings } from '../../../../shared/domain/export';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { MAX_LOGO_BYTES, readFileAsBase64 } from './fileChoice';
import { fileSize } from './format';

export function LogoSettings({ logo }: { logo: ExportSettings['logo'] }) {
  const { t } = useTranslation('export');
  const toast = useToast();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const save = async (contentBase64: string) => {
    const result = await mutate('export:setLogo', { contentBase64 });
    if (!result.ok) {
      setProblem(result.error.fields?.contentBase64 ?? result.error.message);
      return false;
    }
    return true;
  };

  const onFile = async (file: File) => {
    setProblem('');
    if (file.size > MAX_LOGO_BYTES) {
      setProblem(t('logo.tooLarge', { size: fileSize(file.size, t) }));
      return;
    }
    setBusy(true);
    try {
      if (await save(await readFileAsBase64(file))) toast.success(t('logo.saved'));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!logo) return;
    const previous = logo.dataUrl.slice(logo.dataUrl.indexOf(',') + 1);
    setProblem('');
    const result = await mutate('export:clearLogo', {});
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    toast.success(t('logo.removed'), { undo: () => void save(previous) });
  };

  return (
    <section className="export-setting" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('logo.title')}</h3>
      {logo ? (
        <figure className="export-logo">
          <img src={logo.dataUrl} alt={t('logo.alt')} />
          <figcaption className="muted">
            {t('logo.size', {
              width: logo.width,
              height: logo.height,
              size: fileSize(logo.bytes, t),
            })}
          </figcaption>
        </figure>
      ) : (
        <p className="muted">{t('logo.none')}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('logo.label')}</label>
        {/* The native input speaks the browser's language; the officer uses the Swedish button. */}
        <input
          ref={inputRef}
          id={id}
          className="visually-hidden"
          type="file"
          accept=".png,image/png"
          tabIndex={-1}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
        <div className="file-pick">
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-describedby={`${id}-hint`}
            onClick={() => inputRef.current?.click()}
          >
            {logo ? t('logo.replace') : t('logo.choose')}
          </button>
          {logo && (
            <button type="button" className="button button-danger" disabled={busy} onClick={remove}>
              {t('logo.remove')}
            </button>
          )}
          {busy && <span role="status">{t('logo.reading')}</span>}
        </div>
        <div className="field-hint" id={`${id}-hint`}>
          {t('logo.hint')}
        </div>
        {problem && (
          <div className="field-error" role="alert">
            {problem}
          </div>
        )}
      </div>
    </section>
  );
}
