// Runs in: renderer. A comment from a remiss reply: the section of the draft it concerns, what was
// said, the municipality's position, and whether the draft was changed (and how, or why not).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeKinds, type ChangeKind, type RemissComment } from '../../../../shared/domain/cases';
import { documentSections } from '../../../../shared/process/documentSections';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

interface Props {
  instanceId: string;
  existing?: RemissComment;
  onDone: () => void;
}

export function RemissCommentForm({ instanceId, existing, onDone }: Props) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const listId = useId();
  const [section, setSection] = useState(existing?.section ?? '');
  const [comment, setComment] = useState(existing?.comment ?? '');
  const [position, setPosition] = useState(existing?.position ?? '');
  const [changeKind, setChangeKind] = useState<ChangeKind | ''>(existing?.changeKind ?? '');
  const [changeText, setChangeText] = useState(existing?.changeText ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  useEffect(() => {
    if (error?.fields)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('remiss:commentSave', {
      ...(existing ? { id: existing.id } : {}),
      instanceId,
      section,
      comment,
      position,
      changeKind: changeKind || null,
      changeText,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('remiss.commentSaved'));
    onDone();
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form case-comment-form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={existing ? t('remiss.editCommentTitle') : t('remiss.newCommentTitle')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <TextField
        ref={firstRef}
        label={t('remiss.section')}
        hint={t('remiss.sectionHint')}
        list={listId}
        value={section}
        onChange={(e) => setSection(e.target.value)}
        error={fieldError('section')}
      />
      <datalist id={listId}>
        {documentSections.map((s) => (
          <option key={s.id} value={label(s.title)} />
        ))}
      </datalist>
      <SelectField
        label={t('remiss.change')}
        value={changeKind}
        onChange={(e) => setChangeKind(e.target.value as ChangeKind | '')}
        error={fieldError('changeKind')}
        options={[
          { value: '', label: t('remiss.noChange') },
          ...changeKinds.map((k) => ({ value: k.id, label: label(k) })),
        ]}
      />
      <div className="wide">
        <TextArea
          label={t('remiss.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={fieldError('comment')}
          required
          rows={2}
        />
      </div>
      <div className="wide">
        <TextArea
          label={t('remiss.position')}
          hint={t('remiss.positionHint')}
          value={position}
          onChange={(e) => setPosition(e.target.value)}
          error={fieldError('position')}
          rows={2}
        />
      </div>
      <div className="wide">
        <TextArea
          label={changeKind === 'ingen_andring' ? t('remiss.changeWhyNot') : t('remiss.changeText')}
          value={changeText}
          onChange={(e) => setChangeText(e.target.value)}
          error={fieldError('changeText')}
          rows={2}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('remiss.saveComment')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
