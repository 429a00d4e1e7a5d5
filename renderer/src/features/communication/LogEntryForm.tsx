// Runs in: renderer. A new or changed log entry: when, what was done, the channel and audiences,
// the reach or response, the plan item it carried out and whether it reported upward (F23).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience, Channel, SourceRef } from '../../../../shared/domain/communication';
import { navigate } from '../../app/router';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { AudienceField } from './AudienceField';
import { channelOptions } from './labels';
import { SourceLink } from './SourceLink';
import { saveKeys, useFormErrors } from './useFormErrors';

export interface LogFormState {
  date: string;
  what: string;
  channel: Channel;
  audiences: Audience[];
  reach: string;
  planItemId: string;
  upward: boolean;
}

const shownFields = ['date', 'what', 'channel', 'audiences', 'reach', 'planItemId'];

interface Props {
  programmeId: string;
  initial: LogFormState;
  entryId?: string;
  /** Set when editing; the delete button lives here since a log entry has no detail page. */
  onDelete?: () => void;
  /** The action or goal the entry tells about, shown as a link back. */
  source?: SourceRef | null;
}

export function LogEntryForm({ programmeId, initial, entryId, onDelete, source }: Props) {
  const { t } = useTranslation('communication');
  const toast = useToast();
  const options = useQuery('communication:options', { programmeId });
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const { error, fieldError, otherErrors, fail } = useFormErrors(shownFields);
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const title = entryId ? t('logForm.editTitle') : t('logForm.newTitle');

  useEffect(() => {
    const timer = window.setTimeout(() => whatRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof LogFormState>(key: K, value: LogFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const fields = { ...state, planItemId: state.planItemId || null };
    const result = entryId
      ? await mutate('communication:logUpdate', { ...fields, id: entryId })
      : await mutate('communication:logCreate', { ...fields, programmeId });
    savingRef.current = false;
    setSaving(false);
    if (!result.ok) {
      fail(result.error, formRef);
      return;
    }
    toast.success(t('logForm.saved'));
    navigate('communication', 'log');
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const planItems = options.data?.planItems ?? [];

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
      {source && (
        <p className="banner banner-info">
          <SourceLink source={source} />
        </p>
      )}
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
        <div className="wide">
          <TextArea
            ref={whatRef}
            label={t('logForm.what')}
            required
            rows={2}
            maxLength={2000}
            value={state.what}
            onChange={(e) => set('what', e.target.value)}
            error={fieldError('what')}
          />
        </div>
        <TextField
          label={t('logForm.date')}
          type="date"
          required
          value={state.date}
          onChange={(e) => set('date', e.target.value)}
          error={fieldError('date')}
        />
        <SelectField
          label={t('planForm.channel')}
          required
          value={state.channel}
          onChange={(e) => set('channel', e.target.value as Channel)}
          options={channelOptions()}
          error={fieldError('channel')}
        />
        <AudienceField
          value={state.audiences}
          onChange={(v) => set('audiences', v)}
          error={fieldError('audiences')}
        />
        <div className="wide">
          <TextField
            label={t('logForm.reach')}
            hint={t('logForm.reachHint')}
            maxLength={1000}
            value={state.reach}
            onChange={(e) => set('reach', e.target.value)}
            error={fieldError('reach')}
          />
        </div>
        <SelectField
          label={t('logForm.planItem')}
          value={state.planItemId}
          onChange={(e) => set('planItemId', e.target.value)}
          error={fieldError('planItemId')}
          options={[
            { value: '', label: t('logForm.noPlanItem') },
            ...planItems.map((p) => ({
              value: p.id,
              label: p.message.length > 80 ? `${p.message.slice(0, 79)}…` : p.message,
            })),
          ]}
        />
        <CheckboxField
          label={t('upward')}
          hint={t('upwardHint')}
          checked={state.upward}
          onChange={(e) => set('upward', e.target.checked)}
        />
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
