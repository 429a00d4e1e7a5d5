// Runs in: renderer. One 1–5 choice per statement; "–" means not answered.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfImageStatement } from '../../../../shared/domain/selfImage';

export type ScoreMap = Record<string, number | null>;

export const scoresToList = (scores: ScoreMap) =>
  Object.entries(scores).flatMap(([statementId, score]) =>
    score === null ? [] : [{ statementId, score }],
  );

export function ScoreInputs({
  statements,
  value,
  onChange,
  idPrefix,
}: {
  statements: SelfImageStatement[];
  value: ScoreMap;
  onChange: (next: ScoreMap) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation('selfImage');
  return (
    <div className="climate-scores">
      {statements.map((s) => {
        const id = `${idPrefix}-${s.id}`;
        return (
          <Fragment key={s.id}>
            <label htmlFor={id}>{s.text}</label>
            <select
              id={id}
              value={value[s.id] ?? ''}
              onChange={(e) =>
                onChange({
                  ...value,
                  [s.id]: e.target.value === '' ? null : Number(e.target.value),
                })
              }
            >
              <option value="">{t('scores.none')}</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {t(`scores.value${n}`)}
                </option>
              ))}
            </select>
          </Fragment>
        );
      })}
    </div>
  );
}
