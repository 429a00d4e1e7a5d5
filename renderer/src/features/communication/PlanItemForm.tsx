// Runs in: renderer. A new or changed communication item: the message, why (I02), audiences (I26),
// channel (I27), when, who, status and whether it reports upward (F23). Focus lands on the message;
// Ctrl+Enter saves from anywhere in the form.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPerson } from '../../../../shared/domain/actions';
import type {
  Audience,
  Channel,
  PlanStatus,
  SourceRef,
} from '../../../../shared/domain/communication';
import { href, navigate } from '../../app/router';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { ResponsibleField } from '../actions/PersonPicker';
import { AudienceField } from './AudienceField';
import { channelOptions, planStatusOptions } from './labels';
import { saveKeys, useFormErrors } from './useFormErrors';

export interface PlanFormState {
  message: string;
  why: string;
  audiences: Audience[];
  channel: Channel;
  plannedDate: string;
  period: string;
  responsible: ActionPerson;
  status: PlanStatus;
  upward: boolean;
  note: string;
}

export const emptyPlanForm: PlanFormState = {
  message: '',
  why: '',
  audiences: [],
  channel: 'meeting',
  plannedDate: '',
  period: '',
  responsible: { stakeholderId: null, name: '' },
  status: 'planned',
  upward: false,
  note: '',
};

const shownFields = [
  'message',
  'why',
  'audiences',
  'channel',
  'plannedDate',
  'period',
  'responsibleStakeholderId',
  'responsibleName',
  'status',
  'note',
];

interface Props {
  programmeId: string;
  initial: PlanFormState;
  itemId?: string;
  source?: SourceRef;
}

export function PlanItemForm({ programmeId, initial, itemId, source }: Props) {
  const { t } = useTranslation('communication');
  const toast = useToast();
  const options = useQuery('communication:options', { programmeId });
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const { error, fieldError, otherErrors, fail } = useFormErrors(shownFields);
  const savingRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const title = itemId
    ? t('planForm.editTitle')
    : source
      ? t('planForm.fromTitle')
      : t('planForm.newTitle');

  useEffect(() => {
    const timer = window.setTimeout(() => messageRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof PlanFormState>(key: K, value: PlanFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const fields = {
      message: state.message,
      why: state.why,
      audiences: state.audiences,
      channel: state.channel,
      plannedDate: state.plannedDate || null,
      period: state.period,
      responsibleStakeholderId: state.responsible.stakeholderId,
      responsibleName: state.responsible.name,
      status: state.status,
      upward: state.upward,
      note: state.note,
    };
    const result = itemId
      ? await mutate('communication:planUpdate', { ...fields, id: itemId })
      : await mutate('communication:planCreate', {
          ...fields,
          programmeId,
          source: source ? { kind: source.kind, id: source.id } : null,
        });
    savingRef.current = false;
    setSaving(false);
    if (!result.ok) {
      fail(result.error, formRef);
      return;
    }
    toast.success(t('planForm.saved'));
    navigate('communication', 'plan', result.value.id);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const programmeWhy = options.data?.programmeWhy ?? '';

  return (
    <Page title={title} subtitle={t('shortcut')}>
      {source && (
        <div className="banner banner-info">
          {t('planForm.fromContext', { kind: t(`sourceKind.${source.kind}`) })}:{' '}
          <a
            href={source.kind === 'action' ? href('actions', source.id) : href('goals', source.id)}
          >
            {source.label ?? t('gone')}
          </a>
          . {t('planForm.fromContextHint')}
        </div>
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
            ref={messageRef}
            label={t('planForm.message')}
            required
            rows={3}
            maxLength={2000}
            value={state.message}
            onChange={(e) => set('message', e.target.value)}
            error={fieldError('message')}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('planForm.why')}
            hint={t('planForm.whyHint')}
            rows={2}
            value={state.why}
            onChange={(e) => set('why', e.target.value)}
            error={fieldError('why')}
          />
          {programmeWhy && state.why.trim() !== programmeWhy.trim() && (
            <button type="button" className="link-button" onClick={() => set('why', programmeWhy)}>
              {t('planForm.useProgrammeWhy')}
            </button>
          )}
        </div>
        <AudienceField
          value={state.audiences}
          onChange={(v) => set('audiences', v)}
          error={fieldError('audiences')}
        />
        <SelectField
          label={t('planForm.channel')}
          required
          value={state.channel}
          onChange={(e) => set('channel', e.target.value as Channel)}
          options={channelOptions()}
          error={fieldError('channel')}
        />
        <SelectField
          label={t('planForm.status')}
          value={state.status}
          onChange={(e) => set('status', e.target.value as PlanStatus)}
          options={planStatusOptions()}
        />
        <TextField
          label={t('planForm.plannedDate')}
          type="date"
          value={state.plannedDate}
          onChange={(e) => set('plannedDate', e.target.value)}
          error={fieldError('plannedDate')}
        />
        <TextField
          label={t('planForm.period')}
          hint={t('planForm.periodHint')}
          maxLength={200}
          value={state.period}
          onChange={(e) => set('period', e.target.value)}
          error={fieldError('period')}
        />
        <ResponsibleField
          label={t('planForm.responsible')}
          hint={t('planForm.responsibleHint')}
          value={state.responsible}
          onChange={(v) => set('responsible', v)}
          error={fieldError('responsibleStakeholderId') ?? fieldError('responsibleName')}
        />
        <CheckboxField
          label={t('upward')}
          hint={t('upwardHint')}
          checked={state.upward}
          onChange={(e) => set('upward', e.target.checked)}
        />
        <div className="wide">
          <TextArea
            label={t('planForm.note')}
            rows={2}
            value={state.note}
            onChange={(e) => set('note', e.target.value)}
            error={fieldError('note')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              itemId ? navigate('communication', 'plan', itemId) : window.history.back()
            }
          >
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </div>
      </form>
    </Page>
  );
}
