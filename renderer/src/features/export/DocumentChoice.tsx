// Runs in: renderer. The list of documents to create, each with what it contains.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportDocumentId, ExportDocumentInfo } from '../../../../shared/domain/export';
import { label } from '../../i18n';

interface Props {
  documents: ExportDocumentInfo[];
  value: ExportDocumentId;
  onChange: (id: ExportDocumentId) => void;
}

export function DocumentChoice({ documents, value, onChange }: Props) {
  const { t } = useTranslation('export');
  const name = useId();
  return (
    <fieldset className="export-documents">
      <legend>{t('choose.document')}</legend>
      {documents.map((doc) => {
        const id = `${name}-${doc.id}`;
        return (
          <div key={doc.id} className="export-document">
            <input
              type="radio"
              id={id}
              name={name}
              value={doc.id}
              checked={doc.id === value}
              aria-describedby={`${id}-about`}
              onChange={() => onChange(doc.id)}
            />
            <label htmlFor={id}>
              <strong>{label(doc.title)}</strong>
              <span id={`${id}-about`} className="muted">
                {label(doc.description)}
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
