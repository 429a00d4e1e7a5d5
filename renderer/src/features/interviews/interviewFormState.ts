// Runs in: renderer. The interview form's state and how it becomes the contract's input.
import type { InterviewInput } from '../../../../shared/contract/interviews';
import type { Interview, InterviewGuide } from '../../../../shared/domain/interviews';

export interface AnswerState {
  /** Local key for React; the saved answer's id when there is one. */
  key: string;
  id?: string;
  questionId: string | null;
  questionText: string;
  answer: string;
}

export interface InterviewFormState {
  guideId: string;
  date: string;
  intervieweeStakeholderId: string | null;
  intervieweeName: string;
  organisation: string;
  companyId: string | null;
  notes: string;
  themes: string[];
  confidential: boolean;
  answers: AnswerState[];
  programmeId?: string | null;
}

let counter = 0;
export const localKey = (): string => `new-${++counter}`;

const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export const emptyInterviewForm = (): InterviewFormState => ({
  guideId: '',
  date: today(),
  intervieweeStakeholderId: null,
  intervieweeName: '',
  organisation: '',
  companyId: null,
  notes: '',
  themes: [],
  confidential: false,
  answers: [],
});

export const formFromInterview = (interview: Interview): InterviewFormState => ({
  guideId: interview.guideId ?? '',
  date: interview.date,
  intervieweeStakeholderId: interview.intervieweeStakeholderId,
  intervieweeName: interview.intervieweeName,
  organisation: interview.organisation,
  companyId: interview.companyId,
  notes: interview.notes,
  themes: interview.themes,
  confidential: interview.confidential,
  programmeId: interview.programmeId,
  answers: interview.answers.map((a) => ({
    key: a.id,
    id: a.id,
    questionId: a.questionId,
    questionText: a.questionText,
    answer: a.answer,
  })),
});

/**
 * Answers for a newly chosen guide: one per question, keeping what was already written to a
 * question that is still there. The officer's own questions, and answers already written to
 * questions the new guide lacks, stay at the end: changing the guide never throws text away.
 */
export function answersForGuide(
  current: AnswerState[],
  guide: InterviewGuide | null,
): AnswerState[] {
  const inGuide = new Set(guide?.questions.map((q) => q.id) ?? []);
  const kept = current.filter(
    (a) => a.questionId === null || (!inGuide.has(a.questionId) && a.answer.trim() !== ''),
  );
  if (!guide) return kept;
  const byQuestion = new Map(current.map((a) => [a.questionId, a]));
  return [
    ...guide.questions.map(
      (q) =>
        byQuestion.get(q.id) ?? {
          key: localKey(),
          questionId: q.id,
          questionText: q.text,
          answer: '',
        },
    ),
    ...kept,
  ];
}

export const toInterviewInput = (state: InterviewFormState): InterviewInput => ({
  programmeId: state.programmeId,
  guideId: state.guideId || null,
  date: state.date,
  intervieweeStakeholderId: state.intervieweeStakeholderId,
  intervieweeName: state.intervieweeName,
  companyId: state.companyId,
  organisation: state.organisation,
  notes: state.notes,
  themes: state.themes,
  confidential: state.confidential,
  answers: state.answers.map((a) => ({
    id: a.id,
    questionId: a.questionId,
    questionText: a.questionText,
    answer: a.answer,
  })),
});
