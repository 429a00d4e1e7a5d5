// Runs in: renderer. Step 1: choose the CSV or Excel file.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function FileStep({ onFile, reading }: { onFile: (file: File) => void; reading: boolean }) {
  const { t } = useTranslation('importer');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <section className="card">
      <div className="field">
        <label htmlFor={id}>{t('file.label')}</label>
        {/* The native file input speaks the browser's language ("Choose File"); it stays for
            assistive technology and tests, while the officer sees a Swedish button. */}
        <input
          ref={inputRef}
          id={id}
          className="visually-hidden"
          type="file"
          accept=".csv,.txt,.xlsx"
          aria-describedby={`${id}-hint`}
          disabled={reading}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
        <div className="file-pick">
          <button
            ref={buttonRef}
            type="button"
            className="button button-primary"
            disabled={reading}
            aria-describedby={`${id}-hint`}
            onClick={() => inputRef.current?.click()}
          >
            {t('file.choose')}
          </button>
          {reading && <span role="status">{t('file.reading')}</span>}
        </div>
        <div className="field-hint" id={`${id}-hint`}>
          {t('file.hint')}
        </div>
      </div>
    </section>
  );
}
