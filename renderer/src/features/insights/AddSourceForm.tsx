// Runs in: renderer. Citing one more source: a visit or interview found by search, or a workshop,
// statistics or other source described in words.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/domain/app';
import type { InsightSourceKind } from '../../../../shared/domain/insights';
import { call } from '../../api/client';
import { LookupCombobox } from '../../ui/LookupCombobox';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { sourceKindLabel } from './insightLabels';

const kinds: InsightSourceKind[] = ['visit', 'interview', 'workshop', 'statistics', 'other'];

/** Visits and interviews matching the query, from the global search index. */
async function findRecords(query: string, kind: 'visit' | 'interview'): Promise<SearchHit[]> {
  const hits = await call('search:global', { query, limit: 50 });
  return hits.filter((hit) => (hit.kind as string) === kind).slice(0, 10);
}

export function AddSourceForm({ insightId }: { insightId: string }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const [kind, setKind] = useState<InsightSourceKind>('workshop');
  const [text, setText] = useState('');
  const [record, setRecord] = useState<SearchHit | null>(null);
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const needsRecord = kind === 'visit' || kind === 'interview';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    if (needsRecord && !record) {
      setFields({ refId: t('addSource.chooseRecord') });
      return;
    }
    setSaving(true);
    const result = await mutate('insights:addSource', {
      insightId,
      kind,
      refId: needsRecord ? record!.id : null,
      note,
    });
    setSaving(false);
    if (!result.ok) {
      setFields(result.error.fields ?? { note: result.error.message });
      return;
    }
    setFields({});
    setText('');
    setRecord(null);
    setNote('');
    toast.success(t('addSource.saved'));
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label={t('addSource.title')}>
      <SelectField
        label={t('addSource.kind')}
        value={kind}
        options={kinds.map((k) => ({ value: k, label: sourceKindLabel(k) }))}
        onChange={(e) => {
          setKind(e.target.value as InsightSourceKind);
          setRecord(null);
          setText('');
          setFields({});
        }}
      />
      {needsRecord && (
        <LookupCombobox<SearchHit>
          label={kind === 'visit' ? t('addSource.visit') : t('addSource.interview')}
          hint={record ? t('addSource.chosen', { name: record.title }) : t('addSource.searchHint')}
          text={text}
          onTextChange={(value) => {
            setText(value);
            setRecord(null);
          }}
          search={(query) => findRecords(query, kind)}
          optionKey={(hit) => hit.id}
          renderOption={(hit) => (
            <>
              <span>{hit.title}</span>
              {hit.snippet && <span className="combobox-secondary"> {hit.snippet}</span>}
            </>
          )}
          onChoose={(hit) => {
            setRecord(hit);
            setText(hit.title);
          }}
          noHitsText={t('addSource.noHits')}
          error={fields.refId}
          minChars={2}
        />
      )}
      <div className="wide">
        <TextField
          label={needsRecord ? t('addSource.noteOptional') : t('addSource.note')}
          hint={needsRecord ? undefined : t('addSource.noteHint')}
          value={note}
          maxLength={1000}
          error={fields.note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {t('addSource.submit')}
        </button>
      </div>
    </form>
  );
}
