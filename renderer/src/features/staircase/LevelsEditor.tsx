// Runs in: renderer. The municipality's own staircase: rename, describe, add, reorder, and delete
// a level no assessment uses (the core says why when it refuses).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaircaseLevel } from '../../../../shared/domain/staircase';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

function LevelRow({
  level,
  first,
  last,
  onMove,
}: {
  level: StaircaseLevel;
  first: boolean;
  last: boolean;
  onMove: (id: string, by: -1 | 1) => void;
}) {
  const { t } = useTranslation('staircase');
  const toast = useToast();
  const [name, setName] = useState(level.name);
  const [description, setDescription] = useState(level.description);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setName(level.name);
    setDescription(level.description);
  }, [level.name, level.description]);
  const changed = name !== level.name || description !== level.description;

  const save = async () => {
    const result = await mutate('staircase:updateLevel', { id: level.id, name, description });
    if (result.ok) {
      setError(undefined);
      toast.success(t('levels.saved', { name }));
    } else {
      setError(result.error.fields?.name ?? result.error.message);
    }
  };
  const remove = async () => {
    const result = await mutate('staircase:deleteLevel', { id: level.id });
    if (result.ok) toast.success(t('levels.deleted', { name: level.name }));
    else toast.error(result.error.message);
  };

  return (
    <li>
      <span className="climate-level-number">{level.position}.</span>
      <TextField
        label={t('levels.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
      />
      <TextField
        label={t('levels.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        hint={t('levels.usedBy', { count: level.usedBy })}
      />
      <span className="climate-row-buttons">
        <button
          type="button"
          className="button button-small"
          disabled={!changed}
          onClick={() => void save()}
        >
          {t('levels.save')}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={last}
          aria-label={t('levels.moveUp', { name: level.name })}
          onClick={() => onMove(level.id, 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={first}
          aria-label={t('levels.moveDown', { name: level.name })}
          onClick={() => onMove(level.id, -1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => void remove()}
          aria-label={t('levels.deleteLabel', { name: level.name })}
        >
          {t('levels.delete')}
        </button>
      </span>
    </li>
  );
}

export function LevelsEditor({ levels }: { levels: StaircaseLevel[] }) {
  const { t } = useTranslation('staircase');
  const toast = useToast();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>();

  const move = async (id: string, by: -1 | 1) => {
    const ids = levels.map((l) => l.id);
    const i = ids.indexOf(id);
    const j = i + by;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    const result = await mutate('staircase:reorderLevels', { ids });
    if (!result.ok) toast.error(result.error.message);
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const result = await mutate('staircase:addLevel', { name, description });
    if (!result.ok) {
      setError(result.error.fields?.name ?? result.error.message);
      return;
    }
    setError(undefined);
    setName('');
    setDescription('');
    toast.success(t('levels.added', { name }));
  };

  // Shown top step first, the way a staircase is drawn.
  const shown = [...levels].reverse();
  return (
    <>
      <ol className="climate-level-list" aria-label={t('levels.listLabel')}>
        {shown.map((l) => (
          <LevelRow
            key={l.id}
            level={l}
            first={l.position === 1}
            last={l.position === levels.length}
            onMove={(id, by) => void move(id, by)}
          />
        ))}
      </ol>
      <form className="climate-form-row" onSubmit={(e) => void add(e)} noValidate>
        <TextField
          label={t('levels.newName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error}
        />
        <TextField
          label={t('levels.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <button type="submit" className="button">
          {t('levels.add')}
        </button>
      </form>
    </>
  );
}
