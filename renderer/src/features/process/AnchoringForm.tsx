// Runs in: renderer. One entry of the anchoring log: who (a stakeholder, a typed name or a group),
// when, internal or external, how, what it was about and how it was received.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  anchoringHows,
  anchoringScopes,
  reactionKinds,
  type AnchoringEntry,
  type AnchoringHow,
  type AnchoringScope,
  type ReactionKind,
} from '../../../../shared/domain/process';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { PersonField, type PersonValue } from './PersonField';
import { localToday } from './today';

interface Props {
  programmeId: string;
  existing?: AnchoringEntry;
  onDone: () => void;
  onDelete?: (entry: AnchoringEntry) => void;
}

export function AnchoringForm({ programmeId, existing, onDone, onDelete }: Props) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [date, setDate] = useState(existing?.date ?? localToday());
  const [person, setPerson] = useState<PersonValue>({
    stakeholderId: existing?.stakeholderId ?? null,
    name: existing?.who ?? '',
  });
  const [body, setBody] = useState(existing?.body ?? '');
  const [scope, setScope] = useState<AnchoringScope>(existing?.internalExternal ?? 'internal');
  const [how, setHow] = useState<AnchoringHow>(existing?.how ?? 'möte');
  const [topic, setTopic] = useState(existing?.topic ?? '');
  const [reaction, setReaction] = useState(existing?.reaction ?? '');
  const [reactionKind, setReactionKind] = useState<ReactionKind | ''>(existing?.reactionKind ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => firstRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = {
      date,
      stakeholderId: person.stakeholderId,
      who: person.name,
      body,
      internalExternal: scope,
      how,
      topic,
      reaction,
      reactionKind: reactionKind === '' ? null : reactionKind,
    };
    const result = existing
      ? await mutate('anchoring:update', { id: existing.id, ...fields })
      : await mutate('anchoring:create', { programmeId, ...fields });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('anchoring.saved'));
    onDone();
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
      noValidate
      aria-label={existing ? t('anchoring.editTitle') : t('anchoring.newTitle')}
    >
      <h3 className="wide">{existing ? t('anchoring.editTitle') : t('anchoring.newTitle')}</h3>
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <TextField
        ref={firstRef}
        type="date"
        label={t('anchoring.fields.date')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldError('date')}
        required
      />
      <PersonField
        label={t('anchoring.fields.who')}
        value={person}
        onChange={setPerson}
        hint={t('anchoring.fields.whoHint')}
        linkedText={(name) => t('anchoring.fields.whoLinked', { name })}
        noHitsText={t('anchoring.fields.whoNone')}
        error={fieldError('who')}
      />
      <TextField
        label={t('anchoring.fields.body')}
        hint={t('anchoring.fields.bodyHint')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={fieldError('body')}
      />
      <SelectField
        label={t('anchoring.fields.scope')}
        value={scope}
        onChange={(e) => setScope(e.target.value as AnchoringScope)}
        error={fieldError('internalExternal')}
        options={anchoringScopes.map((s) => ({ value: s.id, label: label(s) }))}
      />
      <SelectField
        label={t('anchoring.fields.how')}
        value={how}
        onChange={(e) => setHow(e.target.value as AnchoringHow)}
        error={fieldError('how')}
        options={anchoringHows.map((h) => ({ value: h.id, label: label(h) }))}
      />
      <SelectField
        label={t('anchoring.fields.reactionKind')}
        value={reactionKind}
        onChange={(e) => setReactionKind(e.target.value as ReactionKind | '')}
        error={fieldError('reactionKind')}
        options={[
          { value: '', label: t('anchoring.fields.reactionNone') },
          ...reactionKinds.map((r) => ({ value: r.id, label: label(r) })),
        ]}
      />
      <div className="wide">
        <TextArea
          label={t('anchoring.fields.topic')}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          error={fieldError('topic')}
          rows={2}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('anchoring.fields.reaction')}
          value={reaction}
          onChange={(e) => setReaction(e.target.value)}
          error={fieldError('reaction')}
          rows={2}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('anchoring.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('anchoring.cancel')}
        </button>
        {existing && onDelete && (
          <button type="button" className="button button-danger" onClick={() => onDelete(existing)}>
            {t('actions.delete', { ns: 'common' })}
          </button>
        )}
      </div>
    </form>
  );
}
