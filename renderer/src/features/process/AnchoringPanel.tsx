// Runs in: renderer. The anchoring log (förankringslogg, S09/I05): a paged list, newest first, with
// a filter for internal or external, and the form for a new or chosen entry above it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  anchoringHows,
  anchoringScopes,
  reactionKinds,
  type AnchoringEntry,
  type AnchoringScope,
} from '../../../../shared/domain/process';
import { call } from '../../api/client';
import { label } from '../../i18n';
import { SelectField } from '../../ui/fields';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { AnchoringForm } from './AnchoringForm';

const labelOf = <T extends { id: string; sv: string; en: string }>(
  list: readonly T[],
  id: string,
) => {
  const entry = list.find((e) => e.id === id);
  return entry ? label(entry) : id;
};

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; entry: AnchoringEntry };

export function AnchoringPanel({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [scope, setScope] = useState<AnchoringScope | ''>('');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });

  const columns: Column<AnchoringEntry>[] = [
    { key: 'date', header: t('anchoring.columns.date'), width: '100px', render: (r) => r.date },
    {
      key: 'who',
      header: t('anchoring.columns.who'),
      width: '1.4fr',
      render: (r) => [...new Set([r.who, r.body].filter(Boolean))].join(', '),
    },
    {
      key: 'scope',
      header: t('anchoring.columns.scope'),
      width: '90px',
      render: (r) => labelOf(anchoringScopes, r.internalExternal),
    },
    {
      key: 'how',
      header: t('anchoring.columns.how'),
      width: '100px',
      render: (r) => labelOf(anchoringHows, r.how),
    },
    { key: 'topic', header: t('anchoring.columns.topic'), width: '2fr', render: (r) => r.topic },
    {
      key: 'reaction',
      header: t('anchoring.columns.reaction'),
      width: '2fr',
      render: (r) => (
        <>
          {r.reactionKind && (
            <span className={`badge reaction-${r.reactionKind}`}>
              {labelOf(reactionKinds, r.reactionKind)}
            </span>
          )}{' '}
          {r.reaction}
        </>
      ),
    },
  ];

  const remove = async (entry: AnchoringEntry) => {
    const result = await mutate('anchoring:delete', { id: entry.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    setEditing({ mode: 'closed' });
    toast.success(
      t('toast.deleted', { ns: 'common', name: t('anchoring.deletedName', { date: entry.date }) }),
      {
        undo: () => {
          void mutate('anchoring:restore', { id: entry.id }).then((restored) => {
            if (restored.ok) toast.success(t('toast.restored', { ns: 'common' }));
            else toast.error(restored.error.message);
          });
        },
      },
    );
  };

  return (
    <div className="anchoring-panel">
      <div className="anchoring-toolbar">
        <SelectField
          label={t('anchoring.filter')}
          value={scope}
          onChange={(e) => setScope(e.target.value as AnchoringScope | '')}
          options={[
            { value: '', label: t('anchoring.filterAll') },
            ...anchoringScopes.map((s) => ({ value: s.id, label: label(s) })),
          ]}
        />
        {editing.mode === 'closed' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing({ mode: 'new' })}
          >
            {t('anchoring.new')}
          </button>
        )}
      </div>
      {editing.mode !== 'closed' && (
        <AnchoringForm
          key={editing.mode === 'edit' ? editing.entry.id : 'new'}
          programmeId={programmeId}
          existing={editing.mode === 'edit' ? editing.entry : undefined}
          onDone={() => setEditing({ mode: 'closed' })}
          onDelete={(entry) => void remove(entry)}
        />
      )}
      <PagedTable<AnchoringEntry>
        label={t('anchoring.listLabel')}
        columns={columns}
        fetchPage={(offset, limit) =>
          call('anchoring:list', {
            programmeId,
            internalExternal: scope === '' ? undefined : scope,
            offset,
            limit,
          })
        }
        queryKey={`${programmeId}|${scope}`}
        rowKey={(r) => r.id}
        onOpen={(entry) => setEditing({ mode: 'edit', entry })}
        emptyText={scope ? t('anchoring.emptyFiltered') : t('anchoring.empty')}
        testId="anchoring-log"
      />
    </div>
  );
}
