// Runs in: renderer. The options the chosen document takes: period, stage, draft or final,
// internal copy and the municipality's template. Only the ones the document lists are shown.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/domain/cases';
import type { ExportDocumentInfo, TemplateInfo } from '../../../../shared/domain/export';
import { label } from '../../i18n';
import { CheckboxField, SelectField } from '../../ui/fields';
import { CaseField } from './CaseField';
import type { ExportChoice } from './exportChoice';
import { openGuide } from './format';
import { PeriodFields } from './PeriodFields';

interface Props {
  doc: ExportDocumentInfo;
  choice: ExportChoice;
  onChange: (patch: Partial<ExportChoice>) => void;
  template: TemplateInfo | null;
  /** The cases to choose from, when the document is written for one (undefined while loading). */
  cases: CaseRow[] | undefined;
  errors: Record<string, string>;
}

function VersionChoice({
  draft,
  onChange,
}: {
  draft: boolean;
  onChange: (draft: boolean) => void;
}) {
  const { t } = useTranslation('export');
  const name = useId();
  const options = [
    { draft: true, text: t('options.draft'), hint: t('options.draftHint') },
    { draft: false, text: t('options.final'), hint: t('options.finalHint') },
  ];
  return (
    <fieldset className="export-version">
      <legend>{t('options.version')}</legend>
      {options.map((o) => {
        const id = `${name}-${o.draft ? 'draft' : 'final'}`;
        return (
          <div key={id} className="export-radio">
            <input
              type="radio"
              id={id}
              name={name}
              checked={draft === o.draft}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(o.draft)}
            />
            <label htmlFor={id}>{o.text}</label>
            <div id={`${id}-hint`} className="field-hint">
              {o.hint}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

export function DocumentOptions({ doc, choice, onChange, template, cases, errors }: Props) {
  const { t } = useTranslation('export');
  const takes = (option: ExportDocumentInfo['options'][number]) => doc.options.includes(option);
  return (
    <div className="export-options">
      {takes('case') && (
        <CaseField
          cases={cases}
          value={choice.caseId}
          onChange={(caseId) => onChange({ caseId })}
          error={errors.caseId}
        />
      )}
      {takes('period') && (
        <PeriodFields
          value={{ from: choice.from, to: choice.to }}
          onChange={(period) => onChange(period)}
          errors={errors}
        />
      )}
      {takes('stage') && doc.stages.length > 0 && (
        <SelectField
          label={t('options.stage')}
          hint={t('options.stageHint')}
          error={errors.stage}
          value={choice.stage || doc.stages[0]!.id}
          options={doc.stages.map((s) => ({ value: s.id, label: label(s.label) }))}
          onChange={(e) => onChange({ stage: e.target.value })}
        />
      )}
      {takes('draft') && (
        <VersionChoice draft={choice.draft} onChange={(draft) => onChange({ draft })} />
      )}
      {takes('internal') && (
        <div>
          <CheckboxField
            label={t('options.internal')}
            hint={t('options.internalHint')}
            checked={choice.internal}
            onChange={(e) => onChange({ internal: e.target.checked })}
          />
          {choice.internal && (
            <p className="banner banner-warning export-internal-warning" role="alert">
              <span aria-hidden="true">⚠ </span>
              {t('options.internalWarning')}
            </p>
          )}
        </div>
      )}
      {takes('template') && (
        <div>
          <CheckboxField
            label={t('options.template')}
            hint={
              template
                ? t('options.templateHint', { fileName: template.fileName })
                : t('options.templateMissing')
            }
            checked={!!template && choice.useTemplate}
            disabled={!template}
            onChange={(e) => onChange({ useTemplate: e.target.checked })}
          />
          {errors.useTemplate && (
            <div className="field-error" role="alert">
              {errors.useTemplate}
            </div>
          )}
          <button type="button" className="link-button export-guide-link" onClick={openGuide}>
            {t('template.guideLink')}
          </button>
        </div>
      )}
    </div>
  );
}
