// Runs in: renderer. English texts of the first start.
export const firstRun = {
  title: 'Welcome to Programverkstaden',
  intro:
    "Develop the municipality's business programme with companies, politicians and officials, log company visits and follow up the goals for years. Everything is stored on this computer.",
  empty: 'Start with an empty database',
  emptyText: 'For your own work. Begin by adding stakeholders or importing the company register.',
  demo: 'Open the example',
  demoText:
    'Exempelkommun with companies, stakeholders and a year of company visits, to try the app.',
  working: 'Preparing the database …',
  privacy:
    'The app makes no internet requests. Personal data and company information stay on this computer.',
};
