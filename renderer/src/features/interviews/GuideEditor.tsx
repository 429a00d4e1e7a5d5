// Runs in: renderer. Creating or editing an interview guide. Editing never changes interviews
// already made: their answers keep the question as it was asked.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewGuide } from '../../../../shared/domain/interviews';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { QuestionsEditor, type QuestionState } from './QuestionsEditor';

let counter = 0;
const newKey = () => `q-${++counter}`;

export function GuideEditorPage({ id }: { id?: string }) {
  const { t } = useTranslation('interviews');
  const guide = useQuery('interviewGuides:get', { id: id ?? '' }, !!id);
  if (!id) return <GuideEditor />;
  if (guide.error) {
    return (
      <Page title={t('guides.editTitle')}>
        <ErrorBanner error={guide.error} onRetry={guide.reload} />
        <a href={href('analysis', 'guides')}>{t('guides.back')}</a>
      </Page>
    );
  }
  if (!guide.data) return <Page title={t('guides.editTitle')}>{null}</Page>;
  return <GuideEditor key={guide.data.id} guide={guide.data} />;
}

function GuideEditor({ guide }: { guide?: InterviewGuide }) {
  const { t } = useTranslation('interviews');
  const toast = useToast();
  const [name, setName] = useState(guide?.name ?? '');
  const [description, setDescription] = useState(guide?.description ?? '');
  const [questions, setQuestions] = useState<QuestionState[]>(
    guide
      ? guide.questions.map((q) => ({ key: q.id, id: q.id, text: q.text }))
      : [{ key: newKey(), text: '' }],
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (guide) return undefined;
    const timer = window.setTimeout(() => nameRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [guide]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    // An empty last row is a question not yet written, not an error.
    const wanted = questions
      .filter((q, i) => q.text.trim() !== '' || i < questions.length - 1)
      .map((q) => ({ id: q.id, text: q.text }));
    const input = { name, description, questions: wanted };
    const result = guide
      ? await mutate('interviewGuides:update', { ...input, id: guide.id })
      : await mutate('interviewGuides:create', input);
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('guides.saved'));
    if (!guide) navigate('analysis', 'guides', result.value.id);
    else setQuestions(result.value.questions.map((q) => ({ key: q.id, id: q.id, text: q.text })));
  };

  const remove = async () => {
    if (!guide) return;
    setSaving(true);
    const result = await mutate('interviewGuides:delete', { id: guide.id });
    setSaving(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.deleted', { ns: 'common', name: guide.name }), {
      undo: () => {
        void mutate('interviewGuides:restore', { id: guide.id }).then((restored) => {
          if (restored.ok) navigate('analysis', 'guides', guide.id);
          else toast.error(restored.error.message);
        });
      },
    });
    navigate('analysis', 'guides');
  };

  const fields = error?.fields ?? {};
  return (
    <Page
      title={guide ? guide.name : t('guides.newTitle')}
      subtitle={guide ? t('guides.usedBy', { count: guide.interviewCount }) : t('guides.newHint')}
      actions={
        guide && (
          <>
            <a
              className="button button-primary"
              href={`${href('analysis', 'interviews', 'new')}?guide=${encodeURIComponent(guide.id)}`}
            >
              {t('guides.interviewWith')}
            </a>
            <button
              type="button"
              className="button button-danger"
              disabled={saving}
              onClick={() => void remove()}
            >
              {t('actions.delete', { ns: 'common' })}
            </button>
          </>
        )
      }
    >
      <p>
        <a href={href('analysis', 'guides')}>{t('guides.back')}</a>
      </p>
      {guide && guide.interviewCount > 0 && (
        <div className="banner banner-info">{t('guides.editNote')}</div>
      )}
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        {error && !error.fields && (
          <div className="wide">
            <ErrorBanner error={error} />
          </div>
        )}
        <TextField
          ref={nameRef}
          label={t('guides.name')}
          required
          value={name}
          maxLength={300}
          error={fields.name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="wide">
          <TextArea
            label={t('guides.description')}
            hint={t('guides.descriptionHint')}
            value={description}
            maxLength={2000}
            rows={3}
            error={fields.description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <QuestionsEditor
          questions={questions}
          onChange={setQuestions}
          errors={fields}
          newKey={newKey}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? t('actions.saving', { ns: 'common' }) : t('guides.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
