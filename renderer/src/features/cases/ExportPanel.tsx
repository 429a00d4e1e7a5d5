// Runs in: renderer. Word documents of the case: the tjänsteskrivelse of each stage and the
// remissammanställning, made by the core's export and handed over as a download.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageBodies, type CaseDetail, type StageBody } from '../../../../shared/domain/cases';
import { CheckboxField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { downloadBase64 } from '../export/download';
import { stageLabel } from './caseLabels';

type Made = { fileName: string; missing: string[] };

export function ExportPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [draft, setDraft] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);

  const make = async (
    key: string,
    request:
      { document: 'tjansteskrivelse'; stage: StageBody } | { document: 'remissammanstallning' },
  ) => {
    if (busy) return;
    setBusy(key);
    const result = await mutate('export:document', { ...request, caseId: detail.id, draft });
    setBusy(null);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    downloadBase64(result.value.fileName, result.value.contentBase64);
    setMade({ fileName: result.value.fileName, missing: result.value.missing });
    toast.success(t('export.done', { fileName: result.value.fileName }));
  };

  return (
    <section className="card case-export" aria-labelledby="case-export-title">
      <h2 id="case-export-title" className="form-heading">
        {t('export.title')}
      </h2>
      <p className="muted">{t('export.intro')}</p>
      <CheckboxField
        label={t('export.draft')}
        hint={t('export.draftHint')}
        checked={draft}
        onChange={(e) => setDraft(e.target.checked)}
      />
      <div className="case-export-buttons">
        {stageBodies.map((b) => (
          <button
            key={b.id}
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void make(b.id, { document: 'tjansteskrivelse', stage: b.id })}
          >
            {busy === b.id ? t('export.making') : t('export.memo', { stage: stageLabel(b.id) })}
          </button>
        ))}
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void make('remiss-summary', { document: 'remissammanstallning' })}
        >
          {busy === 'remiss-summary' ? t('export.making') : t('export.remissSummary')}
        </button>
      </div>
      {made && (
        <div className="case-export-made" role="status">
          <p>{t('export.saved', { fileName: made.fileName })}</p>
          {made.missing.length > 0 && (
            <p className="export-missing">
              {t('export.missing', { list: made.missing.join(', ') })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
