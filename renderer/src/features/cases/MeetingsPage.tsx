// Runs in: renderer. The meeting calendar (sammanträden) of KSAU, KS and KF with each meeting's last
// day for documents: add, edit, import from a CSV or an .ics, export to Outlook as .ics.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingBodies, type Meeting, type MeetingBody } from '../../../../shared/domain/cases';
import { call } from '../../api/client';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { PagedTable, type Column } from '../../ui/PagedTable';
import { useToast } from '../../ui/Toasts';
import { toAppError } from '../../ui/useQuery';
import { bodyLongName, meetingBodyLabel } from './caseLabels';
import { downloadText, localToday, shiftDays } from './files';
import { MeetingForm } from './MeetingForm';
import { MeetingImport } from './MeetingImport';

export function MeetingsPage() {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [body, setBody] = useState<MeetingBody | ''>('');
  const [from, setFrom] = useState(shiftDays(localToday(), -30));
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const queryKey = JSON.stringify({ body, from });
  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const f = JSON.parse(queryKey) as { body: MeetingBody | ''; from: string };
      return call('meetings:list', {
        ...(f.body ? { body: f.body } : {}),
        ...(/^\d{4}-\d{2}-\d{2}$/.test(f.from) ? { from: f.from } : {}),
        offset,
        limit,
      });
    },
    [queryKey],
  );
  const exportIcs = async () => {
    try {
      const file = await call('meetings:ics', /^\d{4}-\d{2}-\d{2}$/.test(from) ? { from } : {});
      downloadText(file.fileName, file.text);
    } catch (err) {
      toast.error(toAppError(err).message);
    }
  };

  const columns: Column<Meeting>[] = [
    { key: 'date', header: t('meetings.date'), width: '110px', render: (m) => m.date },
    {
      key: 'body',
      header: t('meetings.body'),
      width: 'minmax(160px, 2fr)',
      render: (m) => `${meetingBodyLabel(m.body)} – ${bodyLongName(m.body)}`,
    },
    { key: 'submitBy', header: t('meetings.submitBy'), width: '150px', render: (m) => m.submitBy },
    {
      key: 'days',
      header: t('meetings.days'),
      width: '120px',
      render: (m) => t('meetings.daysValue', { count: m.deadlineWorkingDays }),
    },
    { key: 'note', header: t('meetings.note'), width: 'minmax(120px, 2fr)', render: (m) => m.note },
  ];

  return (
    <Page
      title={t('meetings.title')}
      subtitle={t('meetings.subtitle')}
      actions={
        <>
          <a className="button" href={href('cases')}>
            {t('backToList')}
          </a>
          <button type="button" className="button" onClick={() => void exportIcs()}>
            {t('meetings.exportIcs')}
          </button>
          {editing === null && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing('new')}
            >
              {t('meetings.add')}
            </button>
          )}
        </>
      }
    >
      {editing !== null && (
        <MeetingForm
          key={editing === 'new' ? 'new' : editing.id}
          existing={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <MeetingImport />
      <div className="filters">
        <SelectField
          label={t('meetings.bodyFilter')}
          value={body}
          onChange={(e) => setBody(e.target.value as MeetingBody | '')}
          options={[
            { value: '', label: t('meetings.allBodies') },
            ...meetingBodies.map((b) => ({ value: b.id, label: label(b) })),
          ]}
        />
        <TextField
          type="date"
          label={t('meetings.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <PagedTable<Meeting>
        label={t('meetings.label')}
        testId="meetings-table"
        columns={columns}
        fetchPage={fetchPage}
        queryKey={queryKey}
        rowKey={(m) => m.id}
        onOpen={(m) => setEditing(m)}
        emptyText={t('meetings.empty')}
      />
    </Page>
  );
}
