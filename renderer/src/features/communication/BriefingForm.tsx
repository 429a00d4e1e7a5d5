// Runs in: renderer. A new or changed politician briefing (I09): date, body (suggested or typed),
// topics, who took part, how they reacted and what follows.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingParticipant } from '../../../../shared/domain/communication';
import { navigate } from '../../app/router';
import { TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { PeopleField } from '../actions/PersonPicker';
import { saveKeys, useFormErrors } from './useFormErrors';

export interface BriefingFormState {
  date: string;
  body: string;
  topics: string;
  participants: BriefingParticipant[];
  reactions: string;
  followUp: string;
}

const shownFields = ['date', 'body', 'topics', 'participants', 'reactions', 'followUp'];

interface Props {
  programmeId: string;
  initial: BriefingFormState;
  briefingId?: string;
  onDelete?: () => void;
}

export function BriefingForm({ programmeId, initial, briefingId, onDelete }: Props) {
  const { t } = useTranslation('communication');
  const toast = useToast();
  const listId = useId();
  const options = useQuery('communication:options', { programmeId });
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const { error, fieldError, otherErrors, fail } = useFormErrors(shownFields);
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLInputElement>(null);
  const title = briefingId ? t('briefingForm.editTitle') : t('briefingForm.newTitle');

  useEffect(() => {
    const timer = window.setTimeout(() => bodyRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof BriefingFormState>(key: K, value: BriefingFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const result = briefingId
      ? await mutate('communication:briefingUpdate', { ...state, id: briefingId })
      : await mutate('communication:briefingCreate', { ...state, programmeId });
    savingRef.current = false;
    setSaving(false);
    if (!result.ok) {
      fail(result.error, formRef);
      return;
    }
    toast.success(t('briefingForm.saved'));
    navigate('communication', 'briefings');
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  return (
    <Page
      title={title}
      subtitle={t('shortcut')}
      actions={
        onDelete && (
          <button type="button" className="button button-danger" onClick={onDelete}>
            {t('actions.delete', { ns: 'common' })}
          </button>
        )
      }
    >
      <form
        ref={formRef}
        className="form comm-form"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={saveKeys(() => void save())}
        aria-label={title}
      >
        {error && (
          <div className="wide">
            <ErrorBanner error={error} />
            {otherErrors.length > 0 && (
              <ul className="field-error">
                {otherErrors.map(([key, message]) => (
                  <li key={key}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <TextField
          ref={bodyRef}
          label={t('briefingForm.body')}
          hint={t('briefingForm.bodyHint')}
          required
          list={listId}
          maxLength={200}
          value={state.body}
          onChange={(e) => set('body', e.target.value)}
          error={fieldError('body')}
        />
        <datalist id={listId}>
          {(options.data?.bodies ?? []).map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <TextField
          label={t('briefingForm.date')}
          type="date"
          required
          value={state.date}
          onChange={(e) => set('date', e.target.value)}
          error={fieldError('date')}
        />
        <div className="wide">
          <TextArea
            label={t('briefingForm.topics')}
            rows={3}
            value={state.topics}
            onChange={(e) => set('topics', e.target.value)}
            error={fieldError('topics')}
          />
        </div>
        <div className="wide">
          <PeopleField<BriefingParticipant>
            label={t('briefingForm.participants')}
            hint={t('briefingForm.participantsHint')}
            value={state.participants}
            onChange={(v) => set('participants', v)}
            make={(p) => p}
            error={fieldError('participants')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('briefingForm.reactions')}
            rows={3}
            value={state.reactions}
            onChange={(e) => set('reactions', e.target.value)}
            error={fieldError('reactions')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('briefingForm.followUp')}
            rows={2}
            value={state.followUp}
            onChange={(e) => set('followUp', e.target.value)}
            error={fieldError('followUp')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
          </button>
          <button type="button" className="button" onClick={() => window.history.back()}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </div>
      </form>
    </Page>
  );
}
