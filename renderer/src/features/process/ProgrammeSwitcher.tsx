// Runs in: renderer. Which programme the app works on (the current one and, e.g., its revision),
// with the way to a new programme and to the programme's details.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { href } from '../../app/router';
import { SelectField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';

const withPeriod = (name: string, period: string) =>
  name.includes(period) ? name : `${name} (${period})`;

export function ProgrammeSwitcher({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const list = useQuery('programmes:list', { limit: 500 });
  const rows = list.data?.rows ?? [];

  const choose = async (id: string) => {
    const result = await mutate('programmes:setCurrent', { id });
    if (result.ok) toast.success(t('programme.switched', { name: result.value.name }));
    else toast.error(result.error.message);
  };

  return (
    <div className="programme-switcher">
      <SelectField
        label={t('programme.label')}
        hint={t('programme.switchHint')}
        value={programme.id}
        onChange={(e) => void choose(e.target.value)}
        options={(rows.length > 0 ? rows : [programme]).map((p) => ({
          value: p.id,
          label: withPeriod(
            p.name,
            t('programme.period', { start: p.periodStart, end: p.periodEnd }),
          ),
        }))}
      />
      <div className="programme-switcher-links">
        <a className="button" href={href('process', 'programme')}>
          {t('programme.edit')}
        </a>
        <a className="button" href={href('process', 'new')}>
          {t('programme.new')}
        </a>
      </div>
    </div>
  );
}
