// Runs in: everywhere. Gemensam målbild (P05, I03): the programme's shared goal picture and who
// stood behind it: workshops, meetings or groups, each with a date and the people there.

export interface GoalPictureEndorser {
  stakeholderId: string | null;
  name: string;
}

export interface GoalPictureEndorsement {
  id: string;
  /** The workshop, meeting or group, as the officer writes it. */
  occasion: string;
  date: string;
  note: string;
  endorsers: GoalPictureEndorser[];
}

export interface GoalPicture {
  programmeId: string;
  text: string;
  updatedAt: string | null;
  endorsements: GoalPictureEndorsement[];
}
