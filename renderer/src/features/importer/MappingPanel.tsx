// Runs in: renderer. Which file column goes into which register field, and what to do with
// companies that are already in the register.
import { useTranslation } from 'react-i18next';
import { importFields, type ImportField } from '../../../../shared/contract/companies';
import type { ImportPreview } from '../../../../shared/domain/imports';
import { columnName, fieldLabel } from './importLabels';

export type Mapping = Record<string, ImportField | ''>;
export type Duplicates = 'skip' | 'update';

interface Props {
  preview: ImportPreview;
  mapping: Mapping;
  onMapping: (next: Mapping) => void;
  duplicates: Duplicates;
  onDuplicates: (next: Duplicates) => void;
}

/** Fields chosen for more than one column: the import would not know which value to keep. */
export function fieldsUsedTwice(mapping: Mapping): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const field of Object.values(mapping)) {
    if (field === '') continue;
    if (seen.has(field)) twice.add(field);
    seen.add(field);
  }
  return twice;
}

export const mappingReady = (mapping: Mapping): boolean =>
  Object.values(mapping).includes('name') && fieldsUsedTwice(mapping).size === 0;

const exampleOf = (preview: ImportPreview, index: number): string =>
  preview.sampleRows.map((row) => row[index] ?? '').find((cell) => cell.trim() !== '') ?? '';

export function MappingPanel({ preview, mapping, onMapping, duplicates, onDuplicates }: Props) {
  const { t } = useTranslation('importer');
  const twice = fieldsUsedTwice(mapping);
  const nameMapped = Object.values(mapping).includes('name');

  return (
    <section className="card" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">{t('preview.mappingTitle')}</h2>
      <p>{t('preview.mappingIntro')}</p>
      <div className="table-wrap">
        <table className="data-table mapping-table" aria-label={t('preview.mappingCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('preview.columnHeader')}</th>
              <th scope="col">{t('preview.exampleHeader')}</th>
              <th scope="col">{t('preview.fieldHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((header, i) => {
              const name = columnName(t, header, i);
              const chosen = mapping[header] ?? '';
              const clash = chosen !== '' && twice.has(chosen);
              const errorId = `import-map-${i}-error`;
              return (
                <tr key={i}>
                  <th scope="row">{name}</th>
                  <td className="muted">{exampleOf(preview, i)}</td>
                  <td>
                    <select
                      aria-label={t('preview.mapColumn', { column: name })}
                      aria-invalid={clash || undefined}
                      aria-describedby={clash ? errorId : undefined}
                      value={chosen}
                      onChange={(e) =>
                        onMapping({ ...mapping, [header]: e.target.value as ImportField | '' })
                      }
                    >
                      <option value="">{t('preview.skipColumn')}</option>
                      {importFields.map((field) => (
                        <option key={field} value={field}>
                          {fieldLabel(t, field)}
                        </option>
                      ))}
                    </select>
                    {clash && (
                      <div className="field-error" id={errorId}>
                        {t('preview.usedTwice')}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!nameMapped && (
        <div className="banner banner-warning" role="alert">
          {t('preview.needName')}
        </div>
      )}
      <fieldset className="import-duplicates">
        <legend>{t('preview.duplicatesLegend')}</legend>
        {(['skip', 'update'] as const).map((choice) => {
          const key = choice === 'skip' ? 'Skip' : 'Update';
          return (
            <div key={choice} className="field-checkbox">
              <input
                type="radio"
                id={`import-duplicates-${choice}`}
                name="import-duplicates"
                value={choice}
                checked={duplicates === choice}
                aria-describedby={`import-duplicates-${choice}-hint`}
                onChange={() => onDuplicates(choice)}
              />
              <label htmlFor={`import-duplicates-${choice}`}>{t(`preview.duplicates${key}`)}</label>
              <div className="field-hint" id={`import-duplicates-${choice}-hint`}>
                {t(`preview.duplicates${key}Hint`)}
              </div>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
