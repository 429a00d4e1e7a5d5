// Runs in: renderer. Folding a duplicate into this insight: its sources move here, so "raised in
// 7 visits" counts every visit, and the duplicate goes to the trash.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightRow } from '../../../../shared/domain/insights';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LookupCombobox } from '../../ui/LookupCombobox';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { countText, typeLabel } from './insightLabels';

export function MergeSection({ insight }: { insight: Insight }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<InsightRow | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async (query: string) => {
    const page = await call('insights:list', { query, limit: 20 });
    // Same type first: that is where duplicates usually are.
    return page.rows
      .filter((row) => row.id !== insight.id)
      .sort((a, b) => Number(b.type === insight.type) - Number(a.type === insight.type))
      .slice(0, 10);
  };

  const merge = async () => {
    if (!chosen) return;
    setBusy(true);
    const result = await mutate('insights:merge', { intoId: insight.id, fromId: chosen.id });
    setBusy(false);
    setChosen(null);
    setText('');
    if (result.ok) toast.success(t('merge.done'));
    else toast.error(result.error.message);
  };

  return (
    <>
      <p className="muted">{t('merge.intro')}</p>
      <LookupCombobox<InsightRow>
        label={t('merge.find')}
        hint={t('merge.hint')}
        text={text}
        onTextChange={setText}
        search={search}
        optionKey={(row) => row.id}
        renderOption={(row) => (
          <>
            <span>{row.text}</span>
            <span className="combobox-secondary">
              {' '}
              {typeLabel(row.type)} · {countText(t, row.counts)}
            </span>
          </>
        )}
        onChoose={(row) => setChosen(row)}
        noHitsText={t('merge.noHits')}
        minChars={2}
      />
      {chosen && (
        <ConfirmDialog
          title={t('merge.confirmTitle')}
          confirmLabel={t('merge.confirm')}
          busy={busy}
          onConfirm={() => void merge()}
          onCancel={() => setChosen(null)}
        >
          <p>
            {t('merge.confirmBody', {
              from: chosen.text,
              into: insight.text,
              count: chosen.sourceCount,
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
