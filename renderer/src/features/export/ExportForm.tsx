// Runs in: renderer. Choose a document and its options, see the preview, create the .docx.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportDocumentInfo, TemplateInfo } from '../../../../shared/domain/export';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorBanner } from '../../ui/Page';
import { useDebounced } from '../../ui/useDebounced';
import { useQuery } from '../../ui/useQuery';
import { DocumentChoice } from './DocumentChoice';
import { DocumentOptions } from './DocumentOptions';
import { exportInput, initialChoice, type ExportChoice, type ExportInput } from './exportChoice';
import { PreviewPanel } from './PreviewPanel';
import { useCreateDocument } from './useCreateDocument';

interface Props {
  documents: ExportDocumentInfo[];
  template: TemplateInfo | null;
}

export function ExportForm({ documents, template }: Props) {
  const { t } = useTranslation('export');
  const [choice, setChoice] = useState<ExportChoice>(initialChoice);
  const creation = useCreateDocument();
  const { busy, error, created, confirming } = creation;

  const doc = documents.find((d) => d.id === choice.document) ?? documents[0];
  const needsCase = !!doc?.options.includes('case');
  const cases = useQuery('cases:list', { limit: 500 }, needsCase);
  const caseRows = cases.data?.rows;
  const input = doc ? exportInput(choice, doc, !!template, caseRows?.[0]?.id) : null;
  // A document written for a case can show nothing until there is one.
  const ready = !!input && (!needsCase || !!input.caseId);
  // Compared as text: a new object each render must not restart the pause.
  const settled = useDebounced(ready ? JSON.stringify(input) : '', 250);
  const preview = useQuery(
    'export:preview',
    (settled ? JSON.parse(settled) : {}) as ExportInput,
    !!settled,
  );

  if (!doc || !input) return <p className="empty">{t('choose.none')}</p>;

  const change = (patch: Partial<ExportChoice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    creation.reset();
  };

  const errors = { ...(preview.error?.fields ?? {}), ...(error?.fields ?? {}) };
  return (
    <div className="export-create">
      <section className="card" aria-labelledby="export-create">
        <h2 id="export-create">{t('choose.title')}</h2>
        <form
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault();
            void creation.start(input);
          }}
        >
          <DocumentChoice
            documents={documents}
            value={doc.id}
            onChange={(id) => change({ document: id })}
          />
          <DocumentOptions
            doc={doc}
            choice={choice}
            onChange={change}
            template={template}
            cases={caseRows}
            errors={errors}
          />
          {cases.error && <ErrorBanner error={cases.error} onRetry={cases.reload} />}
          {error && <ErrorBanner error={error} />}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy || !ready}>
              {busy ? t('create.creating') : t('create.button')}
            </button>
          </div>
          <div role="status" className="export-created">
            {created && (
              <div className="banner banner-info">
                <span aria-hidden="true">✓ </span>
                {t('create.done', { fileName: created.fileName })}
                {created.missing.length > 0 && (
                  <> {t('create.doneMissing', { count: created.missing.length })}</>
                )}
              </div>
            )}
          </div>
        </form>
      </section>
      <PreviewPanel
        // Another document's outline would mislead while this one's loads.
        preview={ready && preview.data?.document === doc.id ? preview.data : undefined}
        loading={ready && (preview.loading || settled !== JSON.stringify(input))}
        error={ready ? preview.error : null}
        internal={doc.options.includes('internal') ? !!input.internal : null}
        idleText={ready ? undefined : t('preview.needsCase')}
      />
      {confirming && (
        <ConfirmDialog
          title={t('create.confirmTitle')}
          confirmLabel={t('create.confirm')}
          onConfirm={() => void creation.confirm()}
          onCancel={creation.cancel}
        >
          <p>{t('create.confirmBody')}</p>
          <ul className="export-missing">
            {confirming.missing.map((what) => (
              <li key={what}>{what}</li>
            ))}
          </ul>
          <p>{t('create.confirmAdvice')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
