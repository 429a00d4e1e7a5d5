// Runs in: renderer. The sources of an analysis text: title, publisher, year, link or file, note;
// add, edit and remove (to the trash, with undo).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isOpenableReference,
  type AnalysisSource,
  type AnalysisText,
} from '../../../../shared/domain/analysisTexts';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

interface Fields {
  title: string;
  publisher: string;
  year: string;
  reference: string;
  note: string;
}

const blank: Fields = { title: '', publisher: '', year: '', reference: '', note: '' };

function SourceForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Fields;
  onSave: (f: Fields) => Promise<Record<string, string> | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('analysis');
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Fields) => (e: { target: { value: string } }) =>
    setF((old) => ({ ...old, [key]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (f.year.trim() && !/^\d{4}$/.test(f.year.trim())) {
      setErrors({ year: t('texts.sources.badYear') });
      return;
    }
    setBusy(true);
    const problems = await onSave(f);
    setBusy(false);
    setErrors(problems ?? {});
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={t('texts.sources.title')}
        required
        value={f.title}
        onChange={set('title')}
        error={errors.title}
      />
      <TextField
        label={t('texts.sources.publisher')}
        value={f.publisher}
        onChange={set('publisher')}
      />
      <TextField
        label={t('texts.sources.year')}
        inputMode="numeric"
        value={f.year}
        onChange={set('year')}
        error={errors.year}
      />
      <TextField
        label={t('texts.sources.reference')}
        hint={t('texts.sources.referenceHint')}
        value={f.reference}
        onChange={set('reference')}
        error={errors.reference}
      />
      <div className="wide">
        <TextField label={t('texts.sources.note')} value={f.note} onChange={set('note')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('texts.sources.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}

const toInput = (f: Fields) => ({
  title: f.title,
  publisher: f.publisher,
  year: f.year.trim() ? Number(f.year.trim()) : null,
  reference: f.reference,
  note: f.note,
});

const toFields = (s: AnalysisSource): Fields => ({
  title: s.title,
  publisher: s.publisher,
  year: s.year === null ? '' : String(s.year),
  reference: s.reference,
  note: s.note,
});

function SourceLine({ source }: { source: AnalysisSource }) {
  const meta = [source.publisher, source.year].filter(Boolean).join(', ');
  return (
    <>
      {isOpenableReference(source.reference) ? (
        <a href={source.reference} target="_blank" rel="noreferrer">
          {source.title}
        </a>
      ) : (
        <strong>{source.title}</strong>
      )}
      {meta && <span className="muted"> – {meta}</span>}
      {source.reference && !isOpenableReference(source.reference) && (
        <div className="muted">{source.reference}</div>
      )}
      {source.note && <div>{source.note}</div>}
    </>
  );
}

export function SourcesSection({ text }: { text: AnalysisText }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  const add = async (f: Fields) => {
    const result = await mutate('analysisTexts:addSource', {
      programmeId: text.programmeId,
      kind: text.kind,
      ...toInput(f),
    });
    if (!result.ok) return result.error.fields ?? { title: result.error.message };
    setAdding(false);
    return null;
  };
  const update = async (id: string, f: Fields) => {
    const result = await mutate('analysisTexts:updateSource', { id, ...toInput(f) });
    if (!result.ok) return result.error.fields ?? { title: result.error.message };
    setEditing(null);
    return null;
  };
  const remove = async (source: AnalysisSource) => {
    const result = await mutate('analysisTexts:deleteSource', { id: source.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(
      t('toast.deleted', {
        ns: 'common',
        name: t('texts.sources.deletedName', { name: source.title }),
      }),
      {
        undo: () =>
          void mutate('trash:restore', { kind: 'analysisSource', id: source.id }).then((r) =>
            r.ok
              ? toast.success(t('toast.restored', { ns: 'common' }))
              : toast.error(r.error.message),
          ),
      },
    );
  };

  return (
    <div>
      <h3>{t('texts.sources.heading')}</h3>
      {text.sources.length === 0 && <p className="muted">{t('texts.sources.none')}</p>}
      <ul className="plain-list">
        {text.sources.map((s) => (
          <li key={s.id} style={{ marginBottom: 8 }}>
            {editing === s.id ? (
              <SourceForm
                initial={toFields(s)}
                onSave={(f) => update(s.id, f)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <SourceLine source={s} />{' '}
                <button type="button" className="link-button" onClick={() => setEditing(s.id)}>
                  {t('texts.sources.edit')}
                </button>{' '}
                <button type="button" className="link-button" onClick={() => void remove(s)}>
                  {t('texts.sources.remove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <SourceForm initial={blank} onSave={add} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('texts.sources.add')}
        </button>
      )}
    </div>
  );
}
