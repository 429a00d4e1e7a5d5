// Runs in: renderer. A meeting's status as icon and word, never colour alone.
import { meetingStatusIcon, meetingStatusLabel } from './labels';

export function MeetingStatusText({ status }: { status: string }) {
  return (
    <span className={`meeting-status meeting-status-${status}`} style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true">{meetingStatusIcon(status)} </span>
      {meetingStatusLabel(status)}
    </span>
  );
}
