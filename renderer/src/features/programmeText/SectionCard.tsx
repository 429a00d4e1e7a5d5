// Runs in: renderer. One section of the programme document: the officer's text with its clarity
// marks (text and mixed sections), what the data gives and where it is edited, and leaving the
// section out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionPlan, type SectionView } from '../../../../shared/domain/programmeText';
import { wordCount } from '../../../../shared/domain/programmeTextClarity';
import { documentSections, editors } from '../../../../shared/process';
import type { AppError } from '../../../../shared/errors';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { TextArea } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { editorRoutes } from '../process/editorRoutes';
import { ClarityMarks } from './ClarityMarks';
import { LeaveOutControl } from './LeaveOutControl';

const STATE_BADGE = {
  written: 'badge badge-success',
  data: 'badge badge-success',
  empty: 'badge badge-warning',
  'left-out': 'badge',
} as const;

function DataNote({ section }: { section: SectionView }) {
  const { t } = useTranslation('programmeText');
  if (section.dataCount === null) return null;
  const editor = editors.find((e) => e.id === section.editor);
  const route = section.editor ? editorRoutes[section.editor] : undefined;
  return (
    <p className="muted">
      {section.dataCount > 0 ? t('dataCount', { count: section.dataCount }) : t('dataEmpty')}{' '}
      {editor && route && <a href={href(...route)}>{t('editData', { editor: label(editor) })}</a>}
    </p>
  );
}

export function SectionCard({
  programmeId,
  section,
}: {
  programmeId: string;
  section: SectionView;
}) {
  const { t } = useTranslation('programmeText');
  const toast = useToast();
  const meta = documentSections.find((s) => s.id === section.id);
  const plan = sectionPlan(section.id);
  const title = meta ? label(meta.title) : section.id;
  const [text, setText] = useState(section.text);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const dirty = text !== section.text;
  const words = wordCount(text);

  const save = async () => {
    setSaving(true);
    const result = await mutate('programmeText:save', { programmeId, sectionId: section.id, text });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('saved', { section: title }));
  };

  const Heading = meta?.parent ? 'h3' : 'h2';
  return (
    <section className="card" aria-labelledby={`section-${section.id}`}>
      <div className="section-header">
        <Heading id={`section-${section.id}`}>{title}</Heading>
        <span>
          <span className={STATE_BADGE[section.state]}>{t(`states.${section.state}`)}</span>{' '}
          <span className="muted">{t(`kinds.${section.kind}`)}</span>
        </span>
      </div>
      {plan && <p className="field-hint">{label(plan.hint)}</p>}
      {error && <ErrorBanner error={error} />}
      {section.kind !== 'data' && !section.leftOut && (
        <>
          {section.id === 'why' && <p className="muted">{t('whyNote')}</p>}
          <TextArea
            label={t('textLabel', { section: title })}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => {
              if (dirty && !saving) void save();
            }}
            error={error?.fields?.text}
            rows={section.kind === 'mixed' ? 4 : 6}
          />
          <p className="muted">
            {t('wordCount', { count: words })}
            {plan?.maxWords && words > plan.maxWords
              ? ` · ${t('tooLong', { max: plan.maxWords })}`
              : ''}
            {dirty ? ` · ${t('unsaved')}` : ''}
          </p>
          <ClarityMarks text={text} />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={saving || !dirty}
              onClick={() => void save()}
            >
              {saving ? t('saving') : t('save')}
            </button>
          </div>
        </>
      )}
      {!section.leftOut && <DataNote section={section} />}
      <LeaveOutControl programmeId={programmeId} section={section} title={title} />
    </section>
  );
}
