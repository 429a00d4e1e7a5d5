// Runs in: renderer. sv texts of the trash feature (Papperskorg).
export const trash = {
  title: 'Papperskorg',
  subtitle:
    'Det du tar bort hamnar här. Återställ det om det blev fel, eller radera det permanent. Välj en rad med pil och Enter för att nå knapparna.',
  tableLabel: 'Borttagna poster',
  empty: 'Papperskorgen är tom.',
  columns: {
    kind: 'Typ',
    title: 'Namn',
    deletedAt: 'Borttaget',
    actions: 'Åtgärder',
  },
  kinds: {
    company: 'Företag',
    stakeholder: 'Aktör',
    visit: 'Besök',
  },
  restore: 'Återställ',
  purge: 'Radera permanent',
  restored: '{{title}} är återställt.',
  purged: '{{title}} är raderat permanent.',
  confirm: {
    title: 'Radera {{title}} permanent?',
    button: 'Radera permanent',
    cannotUndo:
      'Det går inte att ångra. Posten försvinner ur databasen och kan inte återställas härifrån.',
    stakeholder:
      'För en person raderas personuppgifterna överallt i databasen: namn, kontaktuppgifter, anteckningar och namnet i de besök där personen deltog. Kvar blir bara en rad i loggen om att en radering gjordes, utan personuppgifter. Det är så du uppfyller rätten att bli raderad enligt GDPR.',
    company:
      'Företaget och dess uppgifter raderas för gott. Kvar blir bara en rad i loggen om att en radering gjordes.',
    visit:
      'Besöket med anteckningar, deltagare och hinder raderas för gott. Kvar blir bara en rad i loggen om att en radering gjordes.',
    other:
      'Posten och allt som bara hör till den raderas för gott. Kvar blir bara en rad i loggen om att en radering gjordes.',
  },
};
