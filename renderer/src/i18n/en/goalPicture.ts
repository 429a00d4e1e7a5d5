// Runs in: renderer. en texts of the programme's shared goal picture (P05, I03).
import type { goalPicture as sv } from '../sv/goalPicture';

export const goalPicture: typeof sv = {
  tab: 'Goal picture',
  title: 'Shared goal picture',
  noProgramme: 'There is no programme yet.',
  toProcess: 'Create a programme under Process',
  openPage: 'Open the goal picture on its own page',
  text: {
    heading: 'The goal picture',
    label: 'Goal picture',
    hint: 'A few sentences on how things look when the programme has succeeded, written so that businesses and politicians recognise themselves.',
    save: 'Save the goal picture',
    saved: 'The goal picture is saved.',
    updated: 'Last changed {{date}}',
  },
  endorsement: {
    heading: 'Who stands behind the goal picture',
    hint: 'Workshops, meetings and groups where the goal picture was developed or approved, and who took part.',
    none: 'No endorsement is recorded yet.',
    add: 'Add an endorsement',
    occasion: 'Meeting, workshop or group',
    occasionHint: 'E.g. Workshop with business owners in the community hall',
    date: 'Date',
    people: 'Who stood behind it',
    peopleHint: 'Search the register or type a name and press Enter.',
    note: 'Note',
    save: 'Save the endorsement',
    saved: 'The endorsement {{occasion}} is saved.',
    stoodBehind: 'Stood behind it: {{names}}',
    noPeople: 'No names recorded.',
    deleteLabel: 'Delete the endorsement {{occasion}}',
    deleted: 'The endorsement {{occasion}} is deleted.',
  },
};
