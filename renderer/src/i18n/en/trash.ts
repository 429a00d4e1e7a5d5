// Runs in: renderer. en texts of the trash feature.
export const trash = {
  title: 'Trash',
  subtitle:
    'What you delete ends up here. Restore it if it was a mistake, or delete it permanently. Choose a row with the arrow keys and Enter to reach its buttons.',
  tableLabel: 'Deleted records',
  empty: 'The trash is empty.',
  columns: {
    kind: 'Type',
    title: 'Name',
    deletedAt: 'Deleted',
    actions: 'Actions',
  },
  kinds: {
    company: 'Company',
    stakeholder: 'Stakeholder',
    visit: 'Visit',
  },
  restore: 'Restore',
  purge: 'Delete permanently',
  restored: '{{title}} has been restored.',
  purged: '{{title}} has been deleted permanently.',
  confirm: {
    title: 'Delete {{title}} permanently?',
    button: 'Delete permanently',
    cannotUndo:
      'This cannot be undone. The record leaves the database and cannot be restored from here.',
    stakeholder:
      'For a person, the personal data is erased everywhere in the database: name, contact details, notes and the name in the visits they took part in. Only a log line saying that an erasure took place remains, without personal data. This is how you meet the right to erasure under the GDPR.',
    company:
      'The company and its details are deleted for good. Only a log line saying that a deletion took place remains.',
    visit:
      'The visit with its notes, participants and obstacles is deleted for good. Only a log line saying that a deletion took place remains.',
    other:
      'The record and everything that only belongs to it are deleted for good. Only a log line saying that a deletion took place remains.',
  },
};
