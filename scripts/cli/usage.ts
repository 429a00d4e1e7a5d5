// Runs in: Node (the command-line tool). Help text and the error for bad usage.

export const usage = `Programverkstaden – kommandoradsverktyg

Användning: npm run cli -- <kommando> [flaggor]

Kommandon:
  demo [--db <fil>] [--size demo|small|large] [--seed <tal>] [--today ÅÅÅÅ-MM-DD]
      Skapar exempelkommunen "Exempelkommun" i en ny eller tom databas.
      Standardfil: ./demo/exempelkommun.sqlite. Storlek: demo (standard), small eller large.

  check --db <fil>
      Kontrollerar en databas: schemaversion, quick_check, främmande nycklar och antal rader
      per tabell. Filen ändras inte. Avslutas med kod 1 om något är fel.

  backup --db <fil> --out <fil>
      Gör en säkerhetskopia med SQLites backup-funktion och kontrollerar den med
      integrity_check. Skriver aldrig över en befintlig fil.

  import companies <fil.csv|fil.xlsx> --db <fil> [--duplicates skip|update] [--skip-invalid]
      Importerar företag. Filen kontrolleras först; om någon rad har fel importeras ingenting,
      såvida inte --skip-invalid anges (då importeras de giltiga raderna).
      --duplicates: vad som händer med företag vars organisationsnummer redan finns
      (skip = hoppa över, standard; update = uppdatera).

  export <dokument> --db <fil> --out <fil.docx> [--period <från>..<till>] [--stage remiss|ksau|ks|kf]
         [--programme <id>] [--internal] [--draft] [--template <mall.docx>]
      Skapar ett Word-dokument med samma kod som appen, t.ex. besoksrapport.
      Kör "npm run cli -- export --help" för dokumenten och alla flaggor.

  help
      Visar den här texten.

Avslutningskoder: 0 = klart, 1 = problem med data eller filer, 2 = felaktig användning.
`;

/** Wrong command or flags: the tool prints the message and the usage text and exits with 2. */
export class UsageError extends Error {}
