// Runs in: renderer. The editable part of a follow-up record, as the form holds it.
import type { FollowUpUpdateInput } from '../../../../shared/contract/followUp';
import type { Checkin, FollowUp, FollowUpParticipant } from '../../../../shared/domain/followUp';

export interface RecordDraft {
  heldOn: string;
  meetingRef: string;
  summary: string;
  droppedNotes: string;
  participants: FollowUpParticipant[];
  goalComments: Record<string, string>;
  actionComments: Record<string, string>;
  checkins: Checkin[];
}

export function draftOf(record: FollowUp): RecordDraft {
  return {
    heldOn: record.heldOn ?? '',
    meetingRef: record.meetingRef,
    summary: record.summary,
    droppedNotes: record.droppedNotes,
    participants: record.participants,
    goalComments: Object.fromEntries(record.goals.map((g) => [g.goalId, g.comment])),
    actionComments: Object.fromEntries(record.actions.map((a) => [a.actionId, a.comment])),
    checkins: record.checkins,
  };
}

export function toUpdateInput(id: string, d: RecordDraft): FollowUpUpdateInput {
  return {
    id,
    heldOn: d.heldOn === '' ? null : d.heldOn,
    meetingRef: d.meetingRef,
    summary: d.summary,
    droppedNotes: d.droppedNotes,
    participants: d.participants,
    goalComments: Object.entries(d.goalComments).map(([goalId, comment]) => ({ goalId, comment })),
    actionComments: Object.entries(d.actionComments).map(([actionId, comment]) => ({
      actionId,
      comment,
    })),
    checkins: d.checkins,
  };
}
