// Runs in: renderer. The statements everyone scores: reword, add, and delete those without answers.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfImageStatement } from '../../../../shared/domain/selfImage';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

function StatementRow({ statement }: { statement: SelfImageStatement }) {
  const { t } = useTranslation('selfImage');
  const toast = useToast();
  const [text, setText] = useState(statement.text);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setText(statement.text), [statement.text]);

  const save = async () => {
    const result = await mutate('selfImage:updateStatement', { id: statement.id, text });
    if (result.ok) {
      setError(undefined);
      toast.success(t('statements.saved'));
    } else setError(result.error.fields?.text ?? result.error.message);
  };
  const remove = async () => {
    const result = await mutate('selfImage:deleteStatement', { id: statement.id });
    if (result.ok) toast.success(t('statements.deleted'));
    else toast.error(result.error.message);
  };
  return (
    <li>
      <span className="climate-level-number">{statement.position}.</span>
      <TextField
        label={t('statements.text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error}
        hint={t('statements.scoreCount', { count: statement.scoreCount })}
      />
      <span />
      <span className="climate-row-buttons">
        <button
          type="button"
          className="button button-small"
          disabled={text === statement.text}
          onClick={() => void save()}
        >
          {t('statements.save')}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          onClick={() => void remove()}
          aria-label={t('statements.deleteLabel', { text: statement.text })}
        >
          {t('statements.delete')}
        </button>
      </span>
    </li>
  );
}

export function StatementsEditor({ statements }: { statements: SelfImageStatement[] }) {
  const { t } = useTranslation('selfImage');
  const toast = useToast();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const result = await mutate('selfImage:addStatement', { text });
    if (!result.ok) {
      setError(result.error.fields?.text ?? result.error.message);
      return;
    }
    setError(undefined);
    setText('');
    toast.success(t('statements.added'));
  };
  return (
    <>
      <ol className="climate-level-list" aria-label={t('statements.listLabel')}>
        {statements.map((s) => (
          <StatementRow key={s.id} statement={s} />
        ))}
      </ol>
      <form className="climate-form-row" onSubmit={(e) => void add(e)} noValidate>
        <TextField
          label={t('statements.new')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        <button type="submit" className="button">
          {t('statements.add')}
        </button>
      </form>
    </>
  );
}
