// Runs in: renderer. The values of an indicator by hand: one row per year, one column for the
// municipality and one per comparison series. Only changed cells are sent; an emptied cell removes
// the value.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatStatNumber,
  parseStatNumber,
  type Indicator,
} from '../../../../shared/domain/statistics';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

const cellKey = (series: string, year: number) => `${series}|${year}`;

function startCells(indicator: Indicator): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const v of indicator.values) cells[cellKey(v.series, v.year)] = formatStatNumber(v.value);
  return cells;
}

export function ValueTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const [cells, setCells] = useState(() => startCells(indicator));
  const [years, setYears] = useState(() =>
    [...new Set(indicator.values.map((v) => v.year))].sort((a, b) => a - b),
  );
  const [series, setSeries] = useState(() => ['', ...indicator.comparisons]);
  const [newYear, setNewYear] = useState('');
  const [newSeries, setNewSeries] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const addYear = () => {
    const year = Number(newYear.trim());
    if (!/^\d{4}$/.test(newYear.trim()) || year < 1900 || year > 2100) {
      setProblem(t('indicator.badYear'));
      return;
    }
    setProblem(null);
    setYears((ys) => [...new Set([...ys, year])].sort((a, b) => a - b));
    setNewYear('');
  };
  const addSeries = () => {
    const name = newSeries.trim();
    if (!name) return;
    if (series.some((s) => s.toLowerCase() === name.toLowerCase())) {
      setProblem(t('indicator.seriesExists'));
      return;
    }
    setProblem(null);
    setSeries((s) => [...s, name]);
    setNewSeries('');
  };

  const save = async () => {
    const original = startCells(indicator);
    const values: { series: string; year: number; value: number | null }[] = [];
    for (const s of series) {
      for (const year of years) {
        const key = cellKey(s, year);
        const text = (cells[key] ?? '').trim();
        if (text === (original[key] ?? '')) continue;
        if (text === '') {
          if (original[key] !== undefined) values.push({ series: s, year, value: null });
          continue;
        }
        const value = parseStatNumber(text);
        if (value === null) {
          setProblem(t('indicator.notANumber', { value: text }));
          return;
        }
        values.push({ series: s, year, value });
      }
    }
    setProblem(null);
    if (values.length === 0) return;
    setBusy(true);
    const result = await mutate('statistics:setValues', { id: indicator.id, values });
    setBusy(false);
    if (result.ok) toast.success(t('toast.saved', { ns: 'common' }));
    else setProblem(result.error.message);
  };

  const heading = (s: string) => (s === '' ? indicator.areaName || t('indicator.main') : s);

  return (
    <section className="card" aria-labelledby="values-heading">
      <h2 id="values-heading">{t('indicator.valuesHeading')}</h2>
      <p className="field-hint">{t('indicator.valuesHint')}</p>
      <div className="table-wrap">
        <table className="data-table" style={{ width: 'auto' }}>
          <thead>
            <tr>
              <th scope="col">{t('indicator.year')}</th>
              {series.map((s) => (
                <th key={s} scope="col" className="num">
                  {heading(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {series.map((s) => (
                  <td key={s} className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      size={10}
                      aria-label={`${heading(s)} ${year}`}
                      value={cells[cellKey(s, year)] ?? ''}
                      onChange={(e) =>
                        setCells((c) => ({ ...c, [cellKey(s, year)]: e.target.value }))
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem && (
        <div className="field-error" role="alert">
          {problem}
        </div>
      )}
      <div
        className="form-actions"
        style={{ flexWrap: 'wrap', alignItems: 'flex-end', marginTop: 12 }}
      >
        <label>
          {t('indicator.newYear')}{' '}
          <input
            type="text"
            inputMode="numeric"
            size={6}
            value={newYear}
            onChange={(e) => setNewYear(e.target.value)}
          />
        </label>
        <button type="button" className="button" onClick={addYear}>
          {t('indicator.addYear')}
        </button>
        <label>
          {t('indicator.newSeries')}{' '}
          <input
            type="text"
            size={16}
            value={newSeries}
            onChange={(e) => setNewSeries(e.target.value)}
          />
        </label>
        <button type="button" className="button" onClick={addSeries}>
          {t('indicator.addSeries')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void save()}
        >
          {t('indicator.saveValues')}
        </button>
      </div>
    </section>
  );
}
