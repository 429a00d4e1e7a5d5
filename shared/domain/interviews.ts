// Runs in: everywhere. Interview guides and interviews (intervjuer, S14).

export interface InterviewQuestion {
  id: string;
  position: number;
  text: string;
}

export interface InterviewGuideRow {
  id: string;
  name: string;
  description: string;
  questionCount: number;
  interviewCount: number;
  updatedAt: string;
}

export interface InterviewGuide {
  id: string;
  name: string;
  description: string;
  questions: InterviewQuestion[];
  interviewCount: number;
  createdAt: string;
  updatedAt: string;
}

/** An insight made from an answer, shown next to the answer. */
export interface LinkedInsight {
  id: string;
  type: string;
  text: string;
}

export interface InterviewAnswer {
  id: string;
  /** NULL for a question asked outside the guide, or one since removed from the guide. */
  questionId: string | null;
  /** As asked at the time: later edits of the guide do not change it. */
  questionText: string;
  answer: string;
  position: number;
  insights: LinkedInsight[];
}

export interface InterviewRow {
  id: string;
  date: string;
  intervieweeName: string;
  organisation: string;
  companyId: string | null;
  companyName: string | null;
  guideId: string | null;
  guideName: string | null;
  programmeId: string | null;
  themes: string[];
  confidential: boolean;
  answerCount: number;
}

export interface Interview extends InterviewRow {
  intervieweeStakeholderId: string | null;
  notes: string;
  answers: InterviewAnswer[];
  createdAt: string;
  updatedAt: string;
}
