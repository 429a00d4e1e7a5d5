// Runs in: everywhere. Company visit (företagsbesök) types.

export interface VisitParticipant {
  stakeholderId: string | null;
  name: string;
}

export interface VisitObstacle {
  id: string;
  text: string;
}

export interface VisitRow {
  id: string;
  visitDate: string;
  companyId: string;
  companyName: string;
  locality: string | null;
  purpose: string;
  topics: string[];
  followUpNeeded: boolean;
  followUpDone: boolean;
  confidential: boolean;
  obstacleCount: number;
}

export interface Visit extends VisitRow {
  notes: string;
  ourParticipants: string;
  participants: VisitParticipant[];
  obstacles: VisitObstacle[];
  followUpNote: string;
  satisfaction: number | null;
  createdAt: string;
  updatedAt: string;
}
