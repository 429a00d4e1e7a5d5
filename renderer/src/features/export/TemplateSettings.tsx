// Runs in: renderer. The municipality's Word template: choose it (checked at once, with a Swedish
// report of what to fix), see which placeholders it uses and which it does not, remove it.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSettings } from '../../../../shared/domain/export';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { isWordFile, MAX_TEMPLATE_BYTES, readFileAsBase64 } from './fileChoice';
import { fileSize, openGuide, placeholder } from './format';

interface Props {
  template: ExportSettings['template'];
  placeholders: ExportSettings['placeholders'];
}

function TemplateReport({
  template,
  placeholders,
}: Props & { template: NonNullable<Props['template']> }) {
  const { t } = useTranslation('export');
  const unused = placeholders.filter((p) => !template.placeholders.includes(p.name));
  return (
    <div className="export-template-report">
      <p>
        <strong>{t('template.current')}:</strong> <span className="path">{template.fileName}</span>{' '}
        <span className="muted">
          ({t('template.setAt', { date: formatTimestamp(template.setAt) })})
        </span>
      </p>
      <h4>{t('template.found')}</h4>
      {template.placeholders.length > 0 ? (
        <ul className="chips plain-list">
          {template.placeholders.map((name) => (
            <li key={name} className="chip">
              <code>{placeholder(name)}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('template.foundNone')}</p>
      )}
      <h4>{t('template.unused')}</h4>
      {unused.length > 0 ? (
        <ul className="chips plain-list">
          {unused.map((p) => (
            <li key={p.name} className="chip" title={p.description}>
              <code>{placeholder(p.name)}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('template.unusedNone')}</p>
      )}
      {template.notes.length > 0 && (
        <>
          <h4>{t('template.notes')}</h4>
          <ul>
            {template.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function TemplateSettings({ template, placeholders }: Props) {
  const { t } = useTranslation('export');
  const toast = useToast();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [confirmRemove, setConfirmRemove] = useState(false);

  const onFile = async (file: File) => {
    setProblem('');
    if (!isWordFile(file.name)) {
      setProblem(t('template.wrongType'));
      return;
    }
    if (file.size > MAX_TEMPLATE_BYTES) {
      setProblem(t('template.tooLarge', { size: fileSize(file.size, t) }));
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readFileAsBase64(file);
      const result = await mutate('export:setTemplate', { fileName: file.name, contentBase64 });
      if (result.ok) toast.success(t('template.saved', { fileName: result.value.fileName }));
      else {
        const f = result.error.fields;
        setProblem(f?.template ?? f?.contentBase64 ?? f?.fileName ?? result.error.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    const result = await mutate('export:clearTemplate', {});
    setBusy(false);
    setConfirmRemove(false);
    if (result.ok) toast.success(t('template.removed'));
    else setProblem(result.error.message);
  };

  return (
    <section className="export-setting" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('template.title')}</h3>
      {template ? (
        <TemplateReport template={template} placeholders={placeholders} />
      ) : (
        <p className="muted">{t('template.none')}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('template.label')}</label>
        <input
          ref={inputRef}
          id={id}
          className="visually-hidden"
          type="file"
          accept=".docx,.dotx"
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
            {template ? t('template.replace') : t('template.choose')}
          </button>
          {template && (
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => setConfirmRemove(true)}
            >
              {t('template.remove')}
            </button>
          )}
          {busy && <span role="status">{t('template.reading')}</span>}
        </div>
        <div className="field-hint" id={`${id}-hint`}>
          {t('template.hint', { example: placeholder('rubrik') })}{' '}
          <button type="button" className="link-button" onClick={openGuide}>
            {t('template.guideLink')}
          </button>
        </div>
        {problem && (
          <div className="banner banner-error export-template-problem" role="alert">
            <strong>{t('template.refused')}</strong>
            <div>{problem}</div>
          </div>
        )}
      </div>
      {confirmRemove && template && (
        <ConfirmDialog
          title={t('template.confirmRemoveTitle')}
          confirmLabel={t('template.remove')}
          danger
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmRemove(false)}
        >
          <p>{t('template.confirmRemoveBody', { fileName: template.fileName })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
