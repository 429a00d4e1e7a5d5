// Runs in: renderer. Swedish texts of the first start.
export const firstRun = {
  title: 'Välkommen till Programverkstaden',
  intro:
    'Här tar du fram kommunens näringslivsprogram tillsammans med företag, politiker och tjänstemän, loggar företagsbesök och följer upp målen i flera år. Allt sparas på den här datorn.',
  empty: 'Starta med en tom databas',
  emptyText:
    'För ditt eget arbete. Börja med att lägga in aktörer eller importera företagsregistret.',
  demo: 'Öppna exempel',
  demoText: 'Exempelkommun med företag, aktörer och ett års företagsbesök, för att prova appen.',
  working: 'Förbereder databasen …',
  privacy:
    'Appen gör inga anrop till internet. Personuppgifter och företagsinformation stannar på datorn.',
};
