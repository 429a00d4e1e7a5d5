// Runs in: everywhere. Every line of the 2017 workshop documentation (the seed), by its ID in
// design/SEED-MAP.md. seedLine is the seed's own wording, kept verbatim as a citation; appFeature
// says in our own words where the app carries the line.
import type { Localized, SeedGroup } from './types';

interface SeedEntryShape {
  readonly id: string;
  readonly group: SeedGroup;
  readonly seedLine: string;
  readonly appFeature: Localized;
}

export const seedIds = [
  {
    id: 'A01',
    group: 'A',
    seedLine: 'Ledande politiker',
    appFeature: {
      sv: 'Kategorin ledande politiker i aktörsregistret; politikerna får också en logg över dragningar.',
      en: 'The leading-politicians category in the actor register; politicians also get a briefing log.',
    },
  },
  {
    id: 'A02',
    group: 'A',
    seedLine: 'Ungdomar',
    appFeature: {
      sv: 'Kategorin ungdomar, så att unga finns med i dialogen.',
      en: 'The young-people category, so that young people take part in the dialogue.',
    },
  },
  {
    id: 'A03',
    group: 'A',
    seedLine: 'UF',
    appFeature: {
      sv: 'Kategorin UF för Ung Företagsamhet och UF-företag.',
      en: 'The UF category for Junior Achievement and its student companies.',
    },
  },
  {
    id: 'A04',
    group: 'A',
    seedLine: 'Små- och medelstora företagare',
    appFeature: {
      sv: 'Kategorin små och medelstora företag, oftast kopplad till ett företag i registret.',
      en: 'The small-and-medium-business category, usually linked to a company in the register.',
    },
  },
  {
    id: 'A05',
    group: 'A',
    seedLine: 'Företagsnätverk',
    appFeature: {
      sv: 'Kategorin företagsnätverk.',
      en: 'The business-network category.',
    },
  },
  {
    id: 'A06',
    group: 'A',
    seedLine: 'Näringslivsorganisationer',
    appFeature: {
      sv: 'Kategorin näringslivsorganisationer, till exempel Företagarna, LRF och handelskammaren.',
      en: 'The business-organisation category, for example Företagarna, LRF and the chamber of commerce.',
    },
  },
  {
    id: 'A07',
    group: 'A',
    seedLine: 'Arbetsförmedling',
    appFeature: {
      sv: 'Kategorin Arbetsförmedlingen.',
      en: 'The public-employment-service category.',
    },
  },
  {
    id: 'A08',
    group: 'A',
    seedLine: 'Skola',
    appFeature: {
      sv: 'Kategorin skola.',
      en: 'The school category.',
    },
  },
  {
    id: 'A09',
    group: 'A',
    seedLine: 'Utbildningsaktörer',
    appFeature: {
      sv: 'Kategorin utbildningsaktörer, till exempel Komvux, yrkeshögskola och högskola.',
      en: 'The education-provider category, for example adult education, vocational college and university.',
    },
  },
  {
    id: 'A10',
    group: 'A',
    seedLine: 'Kommunala tjänstemän',
    appFeature: {
      sv: 'Kategorin kommunala tjänstemän.',
      en: 'The municipal-official category.',
    },
  },
  {
    id: 'A11',
    group: 'A',
    seedLine: 'Kommunala bolag',
    appFeature: {
      sv: 'Kategorin kommunala bolag.',
      en: 'The municipal-company category.',
    },
  },
  {
    id: 'A12',
    group: 'A',
    seedLine: 'Fastighetsägare',
    appFeature: {
      sv: 'Kategorin fastighetsägare.',
      en: 'The property-owner category.',
    },
  },
  {
    id: 'A13',
    group: 'A',
    seedLine: 'Regionala aktörer',
    appFeature: {
      sv: 'Kategorin regionala aktörer: region, länsstyrelse, Almi och grannkommuner.',
      en: 'The regional-actor category: region, county administrative board, Almi and neighbouring municipalities.',
    },
  },
  {
    id: 'A14',
    group: 'A',
    seedLine: 'Processledare utifrån',
    appFeature: {
      sv: 'Kategorin externa processledare, för den som leder delar av arbetet utifrån.',
      en: 'The external-facilitator category, for whoever leads parts of the work from outside.',
    },
  },
  {
    id: 'A15',
    group: 'A',
    seedLine: 'Fånga nyckelaktörer och de som "brinner" för frågorna',
    appFeature: {
      sv: 'Markeringarna nyckelaktör och eldsjäl på en aktör, med filter och antal i översikten.',
      en: 'The key-actor and champion flags on an actor, with filters and counts on the overview.',
    },
  },
  {
    id: 'A16',
    group: 'A',
    seedLine: 'Viktigt att få med hela kommunen, byalag, kyrka m.m.',
    appFeature: {
      sv: 'Kategorin civilsamhälle samt ort eller by på aktörer, företag och besök, med en vy över vilka delar av kommunen som nåtts.',
      en: 'The civil-society category plus a locality on actors, companies and visits, with a view of which parts of the municipality have been reached.',
    },
  },
  {
    id: 'S01',
    group: 'S',
    seedLine: 'SWOT-analys',
    appFeature: {
      sv: 'SWOT-redigeraren, där varje punkt kan hänvisa till besök, intervjuer, workshoppar eller statistik.',
      en: 'The SWOT editor, where every item can cite visits, interviews, workshops or statistics.',
    },
  },
  {
    id: 'S02',
    group: 'S',
    seedLine: 'Omvärlds- och nulägesanalys',
    appFeature: {
      sv: 'Analystexter med källor och trender i steget Omvärldsanalys.',
      en: 'Analysis texts with sources and trends in the external-analysis step.',
    },
  },
  {
    id: 'S03',
    group: 'S',
    seedLine: 'Statistikbeskrivning',
    appFeature: {
      sv: 'Nyckeltal med år, värde och källa, inmatade eller importerade från CSV och visade som tabell och diagram.',
      en: 'Key figures with year, value and source, entered or imported from CSV and shown as table and chart.',
    },
  },
  {
    id: 'S04',
    group: 'S',
    seedLine: 'Beskriva nuläge och nyläge',
    appFeature: {
      sv: 'Nuläge och önskat läge för varje fokusområde.',
      en: 'Current and desired state for each focus area.',
    },
  },
  {
    id: 'S05',
    group: 'S',
    seedLine: 'Nuläge och önskat läge',
    appFeature: {
      sv: 'Nuläge och önskat läge för programmet som helhet, som underlag för målen.',
      en: 'Current and desired state for the programme as a whole, as the basis for the goals.',
    },
  },
  {
    id: 'S06',
    group: 'S',
    seedLine: 'Koppling till andra kommunala (regionala) styrdokument',
    appFeature: {
      sv: 'Register över styrdokument som fokusområden och mål kan kopplas till.',
      en: 'A register of steering documents that focus areas and goals can link to.',
    },
  },
  {
    id: 'S07',
    group: 'S',
    seedLine: 'Avstämning mot policydokument',
    appFeature: {
      sv: 'Avstämningslista per policydokument: kontrollerat och eventuella konflikter.',
      en: 'A check per policy document: checked, and any conflicts.',
    },
  },
  {
    id: 'S08',
    group: 'S',
    seedLine: 'Ägandeprocess kopplat till politik',
    appFeature: {
      sv: 'Politisk ägare, uppdragstext och beslutsreferens i steget Ägare och uppdrag.',
      en: 'Political owner, commission text and decision reference in the owner-and-commission step.',
    },
  },
  {
    id: 'S09',
    group: 'S',
    seedLine: 'Förankring (internt och externt)',
    appFeature: {
      sv: 'Förankringsloggen: vem, när, hur och vilken reaktion.',
      en: 'The anchoring log: who, when, how and what reaction.',
    },
  },
  {
    id: 'S10',
    group: 'S',
    seedLine: 'Skapa förutsättningar och ta bort hinder på vägen',
    appFeature: {
      sv: 'Hinderlistan från besök och intervjuer, där varje hinder följs tills det är borta.',
      en: 'The obstacle list from visits and interviews, where each obstacle is tracked until it is gone.',
    },
  },
  {
    id: 'S11',
    group: 'S',
    seedLine: 'Vad vill vi och varför?',
    appFeature: {
      sv: 'Syftestext med ett uttryckligt varför, som ska finnas innan programtexten skrivs.',
      en: 'A purpose text with an explicit why, required before the programme text is written.',
    },
  },
  {
    id: 'S12',
    group: 'S',
    seedLine: 'Kick off',
    appFeature: {
      sv: 'Kick off som möte med deltagare, dagordning och resultat.',
      en: 'The kick-off as a meeting record with participants, agenda and outcomes.',
    },
  },
  {
    id: 'S13',
    group: 'S',
    seedLine: 'Prioriteringar',
    appFeature: {
      sv: 'Rangordning av tänkbara fokusområden och insatser efter nytta och insats, med skäl.',
      en: 'A ranking of candidate focus areas and actions by impact and effort, with reasons.',
    },
  },
  {
    id: 'S14',
    group: 'S',
    seedLine: 'Intervjuer',
    appFeature: {
      sv: 'Intervjuguide och intervjuanteckningar med svar och teman.',
      en: 'An interview guide and interview records with answers and themes.',
    },
  },
  {
    id: 'S15',
    group: 'S',
    seedLine: 'Företagsbesök',
    appFeature: {
      sv: 'Besöksloggen för företagsbesök, byggd för snabb inmatning.',
      en: 'The company-visit log, built for fast entry.',
    },
  },
  {
    id: 'S16',
    group: 'S',
    seedLine: 'Tidplan',
    appFeature: {
      sv: 'Tidplan med milstolpar ända ner till sammanträdesdatumen.',
      en: 'A timeline with milestones down to the committee dates.',
    },
  },
  {
    id: 'S17',
    group: 'S',
    seedLine: 'Dialog – Workshop',
    appFeature: {
      sv: 'Workshoppar med deltagare, frågor och resultat som blir insikter.',
      en: 'Workshop records with participants, questions and outcomes that become insights.',
    },
  },
  {
    id: 'S18',
    group: 'S',
    seedLine: 'Kommunikation',
    appFeature: {
      sv: 'Kommunikationsplan och kommunikationslogg.',
      en: 'A communication plan and log.',
    },
  },
  {
    id: 'S19',
    group: 'S',
    seedLine: 'Digitala lösningar',
    appFeature: {
      sv: 'Digitala verktyg noterade i planen och import av enkätsvar som CSV.',
      en: 'Digital tools recorded in the plan and import of survey answers as CSV.',
    },
  },
  {
    id: 'S20',
    group: 'S',
    seedLine: 'Samhandlingstrappan',
    appFeature: {
      sv: 'Ett trappsteg per aktörsrelation, med fördelning och förflyttning över tid i översikten.',
      en: 'A staircase level per actor relation, with distribution and movement over time on the overview.',
    },
  },
  {
    id: 'S21',
    group: 'S',
    seedLine: 'Processledare med mandat',
    appFeature: {
      sv: 'Namngiven processledare med mandat och uppgift om var mandatet kommer ifrån.',
      en: 'A named process leader with a mandate and where the mandate comes from.',
    },
  },
  {
    id: 'S22',
    group: 'S',
    seedLine: 'Kort och lång sikt',
    appFeature: {
      sv: 'Kort eller lång sikt på varje mål och aktivitet.',
      en: 'Short or long term on every goal and action.',
    },
  },
  {
    id: 'S23',
    group: 'S',
    seedLine: 'Arbetsgrupp',
    appFeature: {
      sv: 'Arbetsgruppen med medlemmar, möten och beslut.',
      en: 'The working group with members, meetings and decisions.',
    },
  },
  {
    id: 'S24',
    group: 'S',
    seedLine: 'Referensgrupper – näringslivets delaktighet',
    appFeature: {
      sv: 'Referensgrupper med företagare och en logg över deras synpunkter.',
      en: 'Reference groups with business members and a log of their input.',
    },
  },
  {
    id: 'S25',
    group: 'S',
    seedLine: 'Handlingsplan',
    appFeature: {
      sv: 'Handlingsplanen med aktiviteter per fokusområde.',
      en: 'The action plan with actions per focus area.',
    },
  },
  {
    id: 'S26',
    group: 'S',
    seedLine: 'Nästa steg (workshop, nya möten, remiss (KSAU-KS-KF), fastställande)',
    appFeature: {
      sv: 'Beslutsgången med remiss, KSAU, KS, KF och fastställande, med Word-underlag för varje steg.',
      en: 'The decision track with consultation, KSAU, KS, KF and adoption, with Word drafts for each stage.',
    },
  },
  {
    id: 'P01',
    group: 'P',
    seedLine: 'Kort bakgrund',
    appFeature: {
      sv: 'Avsnittet Bakgrund, med en påminnelse om att hålla det kort.',
      en: 'The background section, with a reminder to keep it short.',
    },
  },
  {
    id: 'P02',
    group: 'P',
    seedLine: 'Koppling till vision',
    appFeature: {
      sv: 'Visionstexten och, för varje fokusområde, hur området tjänar visionen.',
      en: 'The vision text and, for each focus area, how the area serves it.',
    },
  },
  {
    id: 'P03',
    group: 'P',
    seedLine: 'Mätbara mål',
    appFeature: {
      sv: 'Mål med mätetal, utgångsvärde, målvärde och datum; mål som saknar dem markeras.',
      en: 'Goals with indicator, baseline, target and date; goals lacking them are flagged.',
    },
  },
  {
    id: 'P04',
    group: 'P',
    seedLine: 'Korta och långsiktiga mål',
    appFeature: {
      sv: 'Tidshorisont per mål; programdokumentet grupperar målen efter den.',
      en: 'A horizon per goal; the programme document groups goals by it.',
    },
  },
  {
    id: 'P05',
    group: 'P',
    seedLine: 'Gemensam målbild',
    appFeature: {
      sv: 'Text för den gemensamma målbilden och vilka som stod bakom den.',
      en: 'A text for the shared goal picture and who stood behind it.',
    },
  },
  {
    id: 'P06',
    group: 'P',
    seedLine: 'Roll- och ansvarsfördelning – vem gör vad?',
    appFeature: {
      sv: 'Rolltabell som byggs av aktiviteter och grupper.',
      en: 'A roles table built from actions and groups.',
    },
  },
  {
    id: 'P07',
    group: 'P',
    seedLine: 'Konkreta steg',
    appFeature: {
      sv: 'Aktiviteterna listade under sina fokusområden i programmet.',
      en: 'Actions listed under their focus areas in the programme.',
    },
  },
  {
    id: 'P08',
    group: 'P',
    seedLine: 'Programmet måste kunna svara på varför!',
    appFeature: {
      sv: 'Ett varför på program, fokusområde, mål och aktivitet; de som saknas markeras.',
      en: 'A why on programme, focus area, goal and action; missing ones are flagged.',
    },
  },
  {
    id: 'P09',
    group: 'P',
    seedLine: 'Tidslinje',
    appFeature: {
      sv: 'Tidslinje som figur eller tabell i programmet.',
      en: 'A timeline figure or table in the programme.',
    },
  },
  {
    id: 'P10',
    group: 'P',
    seedLine: 'Prioriterade insatsområden, fokusområden',
    appFeature: {
      sv: 'Fokusområden ordnade efter prioritet.',
      en: 'Focus areas ordered by priority.',
    },
  },
  {
    id: 'P11',
    group: 'P',
    seedLine: 'Regionalt/mellankommunalt',
    appFeature: {
      sv: 'Avsnitt om regionalt och mellankommunalt samarbete, kopplat till de regionala aktörerna.',
      en: 'A section on regional and inter-municipal cooperation, linked to the regional actors.',
    },
  },
  {
    id: 'P12',
    group: 'P',
    seedLine: 'Nulägesanalys',
    appFeature: {
      sv: 'Avsnittet Nulägesanalys, byggt av SWOT, statistik och analystexter.',
      en: 'The current-state section, built from SWOT, statistics and analysis texts.',
    },
  },
  {
    id: 'P13',
    group: 'P',
    seedLine: 'Varumärke',
    appFeature: {
      sv: 'Avsnitt om platsens varumärke och identitet.',
      en: 'A section on the place brand and identity.',
    },
  },
  {
    id: 'P14',
    group: 'P',
    seedLine: 'Långsiktighet',
    appFeature: {
      sv: 'Programperiod och ett avsnitt om det långsiktiga perspektivet.',
      en: 'The programme period and a section on the long-term perspective.',
    },
  },
  {
    id: 'P15',
    group: 'P',
    seedLine: 'Tydlighet',
    appFeature: {
      sv: 'Tydlighetskontroll som markerar långa meningar, fackord och för många mål.',
      en: 'A clarity check that marks long sentences, jargon and too many goals.',
    },
  },
  {
    id: 'P16',
    group: 'P',
    seedLine: 'Kommunikationsplan',
    appFeature: {
      sv: 'Kommunikationsplanen som avsnitt i programmet och som egen export.',
      en: 'The communication plan as a programme section and as its own export.',
    },
  },
  {
    id: 'P17',
    group: 'P',
    seedLine: 'Utvecklingsområden',
    appFeature: {
      sv: 'Utvecklingsområden kopplade till SWOT-analysen.',
      en: 'Development areas linked to the SWOT analysis.',
    },
  },
  {
    id: 'P18',
    group: 'P',
    seedLine: 'Hållbarhet (Agenda 2030 & Globala målen)',
    appFeature: {
      sv: 'Koppling från fokusområden och mål till de 17 globala målen, redovisad i programmet.',
      en: 'Links from focus areas and goals to the 17 global goals, shown in the programme.',
    },
  },
  {
    id: 'P19',
    group: 'P',
    seedLine: 'Uppföljning',
    appFeature: {
      sv: 'Avsnittet Uppföljning: hur, hur ofta, av vem och med vilka mätetal.',
      en: 'The follow-up section: how, how often, by whom and with which indicators.',
    },
  },
  {
    id: 'I01',
    group: 'I',
    seedLine: 'Tydlighet ägandeskap och uppdrag',
    appFeature: {
      sv: 'Ägare och uppdrag registreras, och översikten varnar så länge de saknas.',
      en: 'Owner and commission are recorded, and the overview warns while they are missing.',
    },
  },
  {
    id: 'I02',
    group: 'I',
    seedLine: 'Förklara varför programmet är viktigt (internt och externt)',
    appFeature: {
      sv: 'Programmets varför återanvänds i kommunikationen och i tjänsteskrivelsen.',
      en: "The programme's why is reused in communication and in the committee memo.",
    },
  },
  {
    id: 'I03',
    group: 'I',
    seedLine: 'Gemensam vision/målbild',
    appFeature: {
      sv: 'Den gemensamma målbilden (se P05).',
      en: 'The shared goal picture (see P05).',
    },
  },
  {
    id: 'I04',
    group: 'I',
    seedLine: 'Roll- och ansvarsfördelning',
    appFeature: {
      sv: 'Rolltabellen (se P06).',
      en: 'The roles table (see P06).',
    },
  },
  {
    id: 'I05',
    group: 'I',
    seedLine: 'Förankring',
    appFeature: {
      sv: 'Förankringsloggen (se S09).',
      en: 'The anchoring log (see S09).',
    },
  },
  {
    id: 'I06',
    group: 'I',
    seedLine: 'Mål (tydliga, mätbara, hållbara, förankrade)',
    appFeature: {
      sv: 'Kvalitetslista för mål: tydligt, mätbart, hållbart och förankrat.',
      en: 'A goal quality checklist: clear, measurable, sustainable and anchored.',
    },
  },
  {
    id: 'I07',
    group: 'I',
    seedLine: 'Fokusområden med ansvariga och tydliga mål',
    appFeature: {
      sv: 'Varje fokusområde behöver en ansvarig och minst ett mål.',
      en: 'Every focus area needs a responsible person and at least one goal.',
    },
  },
  {
    id: 'I08',
    group: 'I',
    seedLine: 'Tillväxtprogram övergripande mål – handlingsplan konkreta mål',
    appFeature: {
      sv: 'Två målnivåer, programmål och handlingsplanens mål, som kopplas ihop.',
      en: 'Two goal levels, programme goals and action-plan goals, linked together.',
    },
  },
  {
    id: 'I09',
    group: 'I',
    seedLine: 'Kontinuerligt ha med politikerna "på tåget"',
    appFeature: {
      sv: 'Logg över politikerdragningar, med påminnelse när den senaste är för gammal.',
      en: 'A log of politician briefings, with a reminder when the latest is too old.',
    },
  },
  {
    id: 'I10',
    group: 'I',
    seedLine: 'Resurser',
    appFeature: {
      sv: 'Resurser i timmar och pengar per aktivitet och fokusområde.',
      en: 'Resources in hours and money per action and focus area.',
    },
  },
  {
    id: 'I11',
    group: 'I',
    seedLine: 'Tidplan',
    appFeature: {
      sv: 'Tidplanen (se S16).',
      en: 'The timeline (see S16).',
    },
  },
  {
    id: 'I12',
    group: 'I',
    seedLine: 'Kick off',
    appFeature: {
      sv: 'Kick off (se S12).',
      en: 'The kick-off (see S12).',
    },
  },
  {
    id: 'I13',
    group: 'I',
    seedLine: 'Handlingsplan (transparent, vem, vad, när, hur, varför)',
    appFeature: {
      sv: 'En aktivitet är komplett först när vem, vad, när, hur och varför är ifyllda.',
      en: 'An action is complete only when who, what, when, how and why are filled in.',
    },
  },
  {
    id: 'I14',
    group: 'I',
    seedLine: 'Företag, politiker och tjänstemän tar tillsammans fram handlingsplan',
    appFeature: {
      sv: 'Workshopvy där handlingsplanen visas stort och redigeras tillsammans, med bidragsgivarna noterade.',
      en: 'A workshop view where the action plan is shown large and edited together, with contributors recorded.',
    },
  },
  {
    id: 'I15',
    group: 'I',
    seedLine: 'Realistiskt och utmanande innehåll',
    appFeature: {
      sv: 'Bedömning av realism och ambition per aktivitet, med balansen i översikten.',
      en: 'A realism and ambition mark per action, with the balance on the overview.',
    },
  },
  {
    id: 'I16',
    group: 'I',
    seedLine: 'Håll i och håll ut i genomförandet',
    appFeature: {
      sv: 'Påminnelse om aktiviteter som inte har uppdaterats på länge.',
      en: 'Reminders for actions that have not been updated for a while.',
    },
  },
  {
    id: 'I17',
    group: 'I',
    seedLine: 'Genomförande ska funka i både hög- och lågkonjunktur',
    appFeature: {
      sv: 'Anteckning per fokusområde om hur det håller i en lågkonjunktur.',
      en: 'A note per focus area on how it holds up in a downturn.',
    },
  },
  {
    id: 'I18',
    group: 'I',
    seedLine: 'Renodla – fokusera på styrkor',
    appFeature: {
      sv: 'Fokusområden kopplade till styrkor i SWOT-analysen; översikten visar vilka som saknar koppling.',
      en: 'Focus areas linked to SWOT strengths; the overview shows which lack a link.',
    },
  },
  {
    id: 'I19',
    group: 'I',
    seedLine: 'Kommunen är motorn och sköter det mesta av jobbet',
    appFeature: {
      sv: 'Ansvarsfördelning mellan kommunen och andra, synlig i rolltabellen.',
      en: 'The split of responsibility between the municipality and others, shown in the roles table.',
    },
  },
  {
    id: 'I20',
    group: 'I',
    seedLine: 'Samverkan (internt och externt)',
    appFeature: {
      sv: 'Samverkanspartner per aktivitet.',
      en: 'Cooperation partners per action.',
    },
  },
  {
    id: 'I21',
    group: 'I',
    seedLine: 'Samhandling (tydligt mandat)',
    appFeature: {
      sv: 'Processledarens mandat (S21) och samhandlingstrappan (S20).',
      en: "The process leader's mandate (S21) and the cooperation staircase (S20).",
    },
  },
  {
    id: 'I22',
    group: 'I',
    seedLine: 'Arbetsgrupp med "rätt" personer',
    appFeature: {
      sv: 'Arbetsgruppens sammansättning jämförd med aktörskategorierna.',
      en: "The working group's composition compared with the actor categories.",
    },
  },
  {
    id: 'I23',
    group: 'I',
    seedLine: 'Referensgrupper (näringslivet)',
    appFeature: {
      sv: 'Referensgrupperna (se S24).',
      en: 'The reference groups (see S24).',
    },
  },
  {
    id: 'I24',
    group: 'I',
    seedLine: 'Kommunikationsplan från dag 1',
    appFeature: {
      sv: 'Kommunikationsplanen ingår i processens första fas.',
      en: 'The communication plan is part of the first phase of the process.',
    },
  },
  {
    id: 'I25',
    group: 'I',
    seedLine: 'Kommunicera resultat löpande',
    appFeature: {
      sv: 'Kommunikationsinsatser kan skapas från avslutade aktiviteter och uppnådda mål.',
      en: 'Communication items can be created from finished actions and achieved goals.',
    },
  },
  {
    id: 'I26',
    group: 'I',
    seedLine: 'Företagsanpassad kommunikation',
    appFeature: {
      sv: 'Målgrupp per kommunikationsinsats: företag, politiker, medarbetare eller allmänhet.',
      en: 'An audience per communication item: businesses, politicians, staff or the public.',
    },
  },
  {
    id: 'I27',
    group: 'I',
    seedLine: 'Använda många kanaler för kommunikation',
    appFeature: {
      sv: 'Kanal per kommunikationsinsats, med kanalspridningen i översikten.',
      en: 'A channel per communication item, with the channel spread on the overview.',
    },
  },
  {
    id: 'I28',
    group: 'I',
    seedLine: 'Synas/delta som offentlig verksamhet',
    appFeature: {
      sv: 'Evenemang och synlighet i kommunikationsloggen.',
      en: 'Events and visibility in the communication log.',
    },
  },
  {
    id: 'I29',
    group: 'I',
    seedLine: 'Färre möten – fokus på resultat – mer verkstad',
    appFeature: {
      sv: 'Antal möten och antal avslutade aktiviteter visade sida vid sida.',
      en: 'Number of meetings and number of finished actions shown side by side.',
    },
  },
  {
    id: 'I30',
    group: 'I',
    seedLine: 'Vi ska "skickliggöra" våra politiker',
    appFeature: {
      sv: 'Export av ett kort underlag för politiker.',
      en: 'Export of a short briefing document for politicians.',
    },
  },
  {
    id: 'I31',
    group: 'I',
    seedLine: 'Respekt för varandras roller',
    appFeature: {
      sv: 'Rolltabellen (P06), som gör allas ansvar synligt.',
      en: "The roles table (P06), which makes everyone's responsibility visible.",
    },
  },
  {
    id: 'I32',
    group: 'I',
    seedLine: 'Krångla inte till det',
    appFeature: {
      sv: 'Appen själv: få obligatoriska fält, snabb inmatning och klarspråk.',
      en: 'The app itself: few required fields, fast entry and plain language.',
    },
  },
  {
    id: 'I33',
    group: 'I',
    seedLine: 'Tydlig processledning',
    appFeature: {
      sv: 'Processledaren och statusöversikten över guidens steg.',
      en: "The process leader and the status overview of the wizard's steps.",
    },
  },
  {
    id: 'I34',
    group: 'I',
    seedLine: 'Självbild kommun vs företagare',
    appFeature: {
      sv: 'Samma frågor besvarade av företag och kommun, jämförda sida vid sida.',
      en: 'The same questions answered by businesses and the municipality, compared side by side.',
    },
  },
  {
    id: 'I35',
    group: 'I',
    seedLine: 'Våga kaosa, visa mod för nytänkande',
    appFeature: {
      sv: 'Aktiviteter kan markeras som försök och få en lärdom när de avslutas.',
      en: 'Actions can be marked as experiments and get a lesson when they end.',
    },
  },
  {
    id: 'I36',
    group: 'I',
    seedLine: 'Dialog viktigt i hela genomförandet',
    appFeature: {
      sv: 'Dialogtillfällen fortsätter även i uppföljningsfasen.',
      en: 'Dialogue events continue in the follow-up phase too.',
    },
  },
  {
    id: 'I37',
    group: 'I',
    seedLine: 'Tydlig uppföljning med ansvariga för aktiviteter',
    appFeature: {
      sv: 'En ansvarig på varje aktivitet; uppföljningsrapporten listar dem.',
      en: 'A responsible person on every action; the follow-up report lists them.',
    },
  },
  {
    id: 'I38',
    group: 'I',
    seedLine: 'Uppföljning (regelbunden, följa upp, fokus på leverans)',
    appFeature: {
      sv: 'En uppföljningsrytm, till exempel kvartalsvis, med kommande uppföljningar listade.',
      en: 'A follow-up cadence, for example quarterly, with upcoming follow-ups listed.',
    },
  },
  {
    id: 'F01',
    group: 'F',
    seedLine: 'Uppföljning är A och O',
    appFeature: {
      sv: 'Uppföljningen är en fullvärdig fas i guiden.',
      en: 'Follow-up is a full phase of the wizard.',
    },
  },
  {
    id: 'F02',
    group: 'F',
    seedLine: 'Resultatmål som kan bockas av och kommuniceras, samt processmål',
    appFeature: {
      sv: 'Måltyper; uppnådda resultatmål kan bockas av och bli kommunikationsinsatser.',
      en: 'Goal types; achieved result goals can be checked off and turned into communication items.',
    },
  },
  {
    id: 'F03',
    group: 'F',
    seedLine: 'Röd tråd mellan process och resultat (önskad effekt)',
    appFeature: {
      sv: 'Kedjan vision, fokusområde, mål, aktivitet och mätning visas, och brister i den listas.',
      en: 'The chain vision, focus area, goal, action and measurement is shown, and breaks in it are listed.',
    },
  },
  {
    id: 'F04',
    group: 'F',
    seedLine: 'Både utvärdering och lärande',
    appFeature: {
      sv: 'Utvärderingar med både en bedömning och lärdomar.',
      en: 'Evaluations with both a judgement and lessons learned.',
    },
  },
  {
    id: 'F05',
    group: 'F',
    seedLine: 'Kontinuerlig uppföljning',
    appFeature: {
      sv: 'Mätvärden sparas som daterade serier.',
      en: 'Measurements are kept as dated series.',
    },
  },
  {
    id: 'F06',
    group: 'F',
    seedLine: 'Ständigt lärande och löpande utvärdering kopplat till resultat',
    appFeature: {
      sv: 'Lärdomar kopplade till det mål eller den aktivitet de kommer från.',
      en: 'Lessons linked to the goal or action they came from.',
    },
  },
  {
    id: 'F07',
    group: 'F',
    seedLine: 'Lärande och förbättring',
    appFeature: {
      sv: 'Lärdomar kan bli nya eller ändrade aktiviteter.',
      en: 'Lessons can become new or changed actions.',
    },
  },
  {
    id: 'F08',
    group: 'F',
    seedLine: 'Lärande uppföljning och avstamp för uppdatering av mål',
    appFeature: {
      sv: 'Målrevisioner med historik: gammalt och nytt målvärde, skäl och datum.',
      en: 'Goal revisions with history: old and new target, reason and date.',
    },
  },
  {
    id: 'F09',
    group: 'F',
    seedLine: 'Hellre få och tydliga mål än många och svåra',
    appFeature: {
      sv: 'Varning när ett fokusområde har fler mål än gränsen, normalt tre.',
      en: 'A warning when a focus area has more goals than the limit, three by default.',
    },
  },
  {
    id: 'F10',
    group: 'F',
    seedLine: 'Påverkbara mål',
    appFeature: {
      sv: 'Frågan om kommunen kan påverka målet, med varning när svaret är nej.',
      en: 'Whether the municipality can influence the goal, with a warning when it cannot.',
    },
  },
  {
    id: 'F11',
    group: 'F',
    seedLine: 'Mål (grönt-gult-rött)',
    appFeature: {
      sv: 'Grön, gul eller röd status per mål och aktivitet, beräknad men möjlig att ändra med en kommentar.',
      en: 'Green, yellow or red status per goal and action, computed but open to override with a comment.',
    },
  },
  {
    id: 'F12',
    group: 'F',
    seedLine: 'Resultatmål, processmål, effektmål',
    appFeature: {
      sv: 'Måltyp: resultatmål, processmål eller effektmål.',
      en: 'Goal type: result, process or effect.',
    },
  },
  {
    id: 'F13',
    group: 'F',
    seedLine: 'Vad är värt att mäta, vad är meningsfullt att mäta?',
    appFeature: {
      sv: 'Vägledning om mätetal och ett bibliotek med vanliga mätetal att välja från.',
      en: 'Indicator guidance and a library of common indicators to choose from.',
    },
  },
  {
    id: 'F14',
    group: 'F',
    seedLine: 'Meningsfulla nyckeltal som verkligen talar om att en förändring ägt rum',
    appFeature: {
      sv: 'Utgångsvärde och riktning per mätetal; rapporten visar förändringen sedan start.',
      en: 'A baseline and direction per indicator; the report shows the change since the start.',
    },
  },
  {
    id: 'F15',
    group: 'F',
    seedLine: 'Näringslivsrankingar och komplettera med egna mätningar',
    appFeature: {
      sv: 'Källor för mätetal: rankingar och egna mätningar.',
      en: 'Indicator sources: rankings and own measurements.',
    },
  },
  {
    id: 'F16',
    group: 'F',
    seedLine: 'Mäta ledtider handläggning',
    appFeature: {
      sv: 'Mätetal för ledtider: daterade handläggningstider med median per period.',
      en: 'Lead-time indicators: dated case handling times with a median per period.',
    },
  },
  {
    id: 'F17',
    group: 'F',
    seedLine: 'Mäta nöjdhet',
    appFeature: {
      sv: 'Mätetal för nöjdhet; besök kan få ett nöjdhetsbetyg.',
      en: 'Satisfaction indicators; visits can record a satisfaction score.',
    },
  },
  {
    id: 'F18',
    group: 'F',
    seedLine: 'Strategiska, taktiska och operativa mått',
    appFeature: {
      sv: 'Nivå per mätetal: strategisk, taktisk eller operativ.',
      en: 'A level per indicator: strategic, tactical or operational.',
    },
  },
  {
    id: 'F19',
    group: 'F',
    seedLine: 'Kostnad för att genomföra planen',
    appFeature: {
      sv: 'Kostnad per aktivitet, summerad per fokusområde och program, plan mot utfall.',
      en: 'Cost per action, summed per focus area and programme, planned against spent.',
    },
  },
  {
    id: 'F20',
    group: 'F',
    seedLine: 'Följa upp hur vi jobbar vs hur bör vi jobba',
    appFeature: {
      sv: 'Avstämningar av hur vi arbetar mot det som processmålen säger.',
      en: 'Check-ins on how we work against what the process goals say.',
    },
  },
  {
    id: 'F21',
    group: 'F',
    seedLine: 'Workshops, uppsamlingsmöten där man berättar hur arbetet gått samt resultat',
    appFeature: {
      sv: 'Uppsamlingsmöten med en kort resultatsammanfattning att visa.',
      en: 'Follow-up meetings with a short results summary to present.',
    },
  },
  {
    id: 'F22',
    group: 'F',
    seedLine: 'Utvärdera och kommunicera ut! Berätta vad vi gör',
    appFeature: {
      sv: 'Export av uppföljningsrapport och kommunikationsinsatser utifrån den.',
      en: 'Export of the follow-up report and communication items based on it.',
    },
  },
  {
    id: 'F23',
    group: 'F',
    seedLine: 'Kommunicera kontinuerligt uppåt, inte bara nedåt och utåt',
    appFeature: {
      sv: 'Rapportering uppåt till politik och ledning, noterad i kommunikationsloggen.',
      en: 'Upward reporting to politicians and management, recorded in the communication log.',
    },
  },
  {
    id: 'F24',
    group: 'F',
    seedLine: 'Använd uppföljningssystem, ex Stratsys eller annat',
    appFeature: {
      sv: 'Appen som uppföljningssystem, med export till CSV och Excel för andra system.',
      en: 'The app as the follow-up system, with CSV and Excel export for other systems.',
    },
  },
  {
    id: 'F25',
    group: 'F',
    seedLine: 'Efter utvärdering lyfta fram det positiva och våga välja bort det som inte funkar',
    appFeature: {
      sv: 'Aktiviteter kan avslutas som bortvalda med ett skäl; rapporten visar framgångarna först.',
      en: 'Actions can be ended as dropped with a reason; the report shows successes first.',
    },
  },
  {
    id: 'F26',
    group: 'F',
    seedLine: 'Alla vill vara del av vinnande team – kraften i det positiva',
    appFeature: {
      sv: 'Uppföljningsrapporten börjar med det som har uppnåtts.',
      en: 'The follow-up report opens with what has been achieved.',
    },
  },
  {
    id: 'F27',
    group: 'F',
    seedLine: 'Lust och engagemang som resultat av utvärdering, inte piska',
    appFeature: {
      sv: 'Uppmuntrande ton i rapporter och påminnelser, utan skuldbeläggande ord.',
      en: 'An encouraging tone in reports and reminders, without blaming words.',
    },
  },
] as const satisfies readonly SeedEntryShape[];

export type SeedEntry = (typeof seedIds)[number];
export type SeedId = SeedEntry['id'];

/** Group headings of the seed, in its order. */
export const seedGroups: readonly { id: SeedGroup; title: Localized; count: number }[] = [
  {
    id: 'A',
    title: { sv: 'Vilka aktörer ska vara med?', en: 'Which actors take part?' },
    count: 16,
  },
  {
    id: 'S',
    title: { sv: 'Vilka steg ska ingå?', en: 'Which steps the process includes' },
    count: 26,
  },
  {
    id: 'P',
    title: { sv: 'Vad bör ingå i programmet?', en: 'What the programme contains' },
    count: 19,
  },
  {
    id: 'I',
    title: { sv: 'Hur genomför vi programmet?', en: 'How the programme is carried out' },
    count: 38,
  },
  {
    id: 'F',
    title: { sv: 'Hur följer vi upp och utvärderar?', en: 'Follow-up and evaluation' },
    count: 27,
  },
];

const known: ReadonlySet<string> = new Set(seedIds.map((s) => s.id));

export function isSeedId(value: string): value is SeedId {
  return known.has(value);
}

export function seedEntry(id: SeedId): SeedEntry {
  // Safe: SeedId only admits IDs of the array.
  return seedIds.find((s) => s.id === id) as SeedEntry;
}
