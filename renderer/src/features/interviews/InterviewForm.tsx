// Runs in: renderer. Writing down an interview: choose the guide and its questions appear, each with
// a field for the answer; then who, when, themes and notes. Ctrl+Enter saves from anywhere.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CompanyPicker } from '../companies/CompanyPicker';
import { AnswersField } from './AnswersField';
import { IntervieweeField } from './IntervieweeField';
import { answersForGuide, toInterviewInput, type InterviewFormState } from './interviewFormState';
import { ThemesField } from './ThemesField';

interface Props {
  initial: InterviewFormState;
  interviewId?: string;
}

export function InterviewForm({ initial, interviewId }: Props) {
  const { t } = useTranslation('interviews');
  const toast = useToast();
  const [state, setState] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [guideError, setGuideError] = useState<AppError | null>(null);
  const savingRef = useRef(false);
  const guideRef = useRef<HTMLSelectElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const guides = useQuery('interviewGuides:list', { limit: 200 });

  useEffect(() => {
    const timer = window.setTimeout(() => guideRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  // A guide chosen from the guide's page ('?guide=') fills in its questions once loaded.
  const startGuide = useRef(interviewId ? '' : initial.guideId);
  useEffect(() => {
    if (!startGuide.current) return;
    const id = startGuide.current;
    startGuide.current = '';
    void chooseGuide(id);
  }, []);

  // With a single guide, a new interview starts from it; the officer can still choose none.
  const autoChosen = useRef(!!interviewId || !!initial.guideId);
  const onlyGuide = guides.data?.total === 1 ? guides.data.rows[0]!.id : null;
  useEffect(() => {
    if (autoChosen.current || !onlyGuide) return;
    autoChosen.current = true;
    void chooseGuide(onlyGuide);
  }, [onlyGuide]);

  const set = <K extends keyof InterviewFormState>(key: K, value: InterviewFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  async function chooseGuide(guideId: string) {
    setState((s) => ({ ...s, guideId }));
    if (!guideId) {
      setState((s) => ({ ...s, answers: answersForGuide(s.answers, null) }));
      return;
    }
    try {
      const guide = await call('interviewGuides:get', { id: guideId });
      setGuideError(null);
      setState((s) =>
        s.guideId === guideId ? { ...s, answers: answersForGuide(s.answers, guide) } : s,
      );
    } catch (err) {
      setGuideError({ code: 'NOT_FOUND', message: (err as Error).message });
    }
  }

  const save = async () => {
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const input = toInterviewInput(state);
    const result = interviewId
      ? await mutate('interviews:update', { ...input, id: interviewId })
      : await mutate('interviews:create', input);
    savingRef.current = false;
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      window.setTimeout(
        () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    toast.success(t('form.saved'));
    navigate('analysis', 'interviews', result.value.id);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const fields = error?.fields ?? {};
  const guideOptions = [
    { value: '', label: t('form.noGuide') },
    ...(guides.data?.rows ?? []).map((g) => ({ value: g.id, label: g.name })),
  ];
  // A guide in the trash still shows on the interviews that used it.
  if (state.guideId && !guideOptions.some((o) => o.value === state.guideId)) {
    guideOptions.push({ value: state.guideId, label: t('form.guideGone') });
  }

  return (
    <Page
      title={interviewId ? t('form.editTitle') : t('form.newTitle')}
      subtitle={t('form.shortcut')}
    >
      <form
        ref={formRef}
        className="form interview-form"
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        noValidate
      >
        {error && (
          <div className="wide">
            <ErrorBanner
              error={{ ...error, message: error.fields ? t('form.fixErrors') : error.message }}
            />
          </div>
        )}
        <SelectField
          ref={guideRef}
          label={t('form.guide')}
          hint={t('form.guideHint')}
          value={state.guideId}
          options={guideOptions}
          error={fields.guideId ?? guideError?.message}
          onChange={(e) => void chooseGuide(e.target.value)}
        />
        <TextField
          type="date"
          label={t('form.date')}
          required
          value={state.date}
          error={fields.date}
          onChange={(e) => set('date', e.target.value)}
        />
        <IntervieweeField
          value={{ stakeholderId: state.intervieweeStakeholderId, name: state.intervieweeName }}
          onChange={(v) =>
            setState((s) => ({
              ...s,
              intervieweeStakeholderId: v.stakeholderId,
              intervieweeName: v.name,
            }))
          }
          onChoose={(person) =>
            setState((s) => ({
              ...s,
              organisation: s.organisation || person.organisation || '',
            }))
          }
          error={fields.intervieweeName ?? fields.intervieweeStakeholderId}
        />
        <TextField
          label={t('form.organisation')}
          value={state.organisation}
          maxLength={300}
          error={fields.organisation}
          onChange={(e) => set('organisation', e.target.value)}
        />
        <CompanyPicker
          label={t('form.company')}
          hint={t('form.companyHint')}
          value={state.companyId}
          onChange={(id) => set('companyId', id)}
          error={fields.companyId}
        />
        <AnswersField
          answers={state.answers}
          onChange={(answers) => set('answers', answers)}
          errors={fields}
        />
        <div className="wide">
          <ThemesField
            value={state.themes}
            onChange={(themes) => set('themes', themes)}
            error={fields.themes}
          />
        </div>
        <div className="wide">
          <TextArea
            label={t('form.notes')}
            value={state.notes}
            error={fields.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </div>
        <div className="wide">
          <CheckboxField
            label={t('form.confidential')}
            hint={t('form.confidentialHint')}
            checked={state.confidential}
            onChange={(e) => set('confidential', e.target.checked)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('form.save')}
          </button>
          <a
            className="button"
            href={
              interviewId
                ? href('analysis', 'interviews', interviewId)
                : href('analysis', 'interviews')
            }
          >
            {t('actions.cancel', { ns: 'common' })}
          </a>
        </div>
      </form>
    </Page>
  );
}
