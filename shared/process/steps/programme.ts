// Runs in: everywhere. Phase 4, Programmet: write the document itself: background, goals,
// action plan, roles and follow-up, then read it as an outsider would.
import type { ProcessStep } from '../types';
import { item } from './item';

export const programmeSteps: readonly ProcessStep[] = [
  {
    id: 'background',
    phase: 'programme',
    title: { sv: 'Kort bakgrund', en: 'Short background' },
    guidance: {
      sv: 'Skriv en kort bakgrund: varför programmet tas fram nu, vem som gav uppdraget och hur arbetet har gått till. En halv sida räcker, eftersom resten finns i nulägesanalysen. Nämn gärna hur många företag ni har besökt och hur många som deltog i dialogen, för det visar att programmet är förankrat. Mycket av texten kan hämtas från uppdraget och från processens egna anteckningar.',
      en: 'Write a short background: why the programme is being developed now, who gave the commission and how the work was done. Half a page is enough, since the rest is in the current-state analysis. Mention how many businesses you visited and how many took part in the dialogue, since it shows that the programme is anchored. Much of the text can be taken from the commission and the process’s own notes.',
    },
    checklist: [
      item(
        'written',
        'Bakgrunden är skriven och är ungefär en halv sida lång.',
        'The background is written and is about half a page long.',
        ['P01'],
      ),
      item(
        'process',
        'Processen med besök, intervjuer och workshoppar är kort beskriven.',
        'The process with visits, interviews and workshops is briefly described.',
        ['P01', 'S09'],
      ),
      item(
        'commission',
        'Det framgår vad uppdraget är och vem som gav det.',
        'It is clear what the commission is and who gave it.',
        ['I01'],
      ),
    ],
    editors: ['programmeText', 'mandate'],
    completion: {
      sv: 'Bakgrunden är skriven och processledaren har läst den.',
      en: 'The background is written and the process leader has read it.',
    },
    seedRefs: ['P01'],
  },
  {
    id: 'goals',
    phase: 'programme',
    title: { sv: 'Mål', en: 'Goals' },
    guidance: {
      sv: 'Sikta på ett fåtal mål som alla förstår, hellre tre per fokusområde än tio. Varje mål behöver ett mätetal, ett utgångsvärde, ett målvärde och ett datum, och det ska vara något ni faktiskt kan påverka, annars går det inte att följa upp. Blanda mål som kan bockas av och berättas om med mål för hur ni arbetar, och ange för varje mål om det gäller kort eller lång sikt. Skilj på programmets övergripande mål och handlingsplanens konkreta mål, och koppla ihop dem så att den röda tråden syns.',
      en: 'Aim for a few goals that everyone understands, rather three per focus area than ten. Every goal needs an indicator, a baseline, a target and a date, and it must be something you can actually influence, otherwise it cannot be followed up. Mix goals that can be ticked off and told about with goals for how you work, and state for each goal whether it is short or long term. Separate the programme’s overall goals from the action plan’s concrete goals, and link them so that the red thread shows.',
    },
    checklist: [
      item(
        'measurable',
        'Varje mål har mätetal, utgångsvärde, målvärde och datum.',
        'Every goal has an indicator, baseline, target and date.',
        ['P03'],
      ),
      item(
        'quality',
        'Varje mål är prövat: är det tydligt, mätbart, hållbart och förankrat?',
        'Every goal is tested: is it clear, measurable, sustainable and anchored?',
        ['I06'],
      ),
      item(
        'few',
        'Inget fokusområde har fler än tre mål, eller så finns ett skäl.',
        'No focus area has more than three goals, or there is a reason.',
        ['F09'],
      ),
      item(
        'influence',
        'För varje mål är det bedömt att kommunen kan påverka det.',
        'For every goal, it is judged that the municipality can influence it.',
        ['F10'],
      ),
      item(
        'types',
        'Varje mål har en typ: resultatmål, processmål eller effektmål.',
        'Every goal has a type: result, process or effect goal.',
        ['F12', 'F02'],
      ),
      item(
        'horizon',
        'Varje mål har kort eller lång sikt angivet.',
        'Every goal has a short or long term set.',
        ['S22', 'P04'],
      ),
      item(
        'levels',
        'Programmets övergripande mål är kopplade till handlingsplanens mål.',
        'The programme’s overall goals are linked to the action plan’s goals.',
        ['I08'],
      ),
      item(
        'indicators',
        'Mätetalen är valda för att de visar en verklig förändring, och de har en nivå: strategisk, taktisk eller operativ.',
        'The indicators are chosen because they show a real change, and each has a level: strategic, tactical or operational.',
        ['F13', 'F18'],
      ),
      item('why', 'Varje mål har ett varför.', 'Every goal has a why.', ['P08']),
    ],
    editors: ['goals', 'indicators', 'focusAreas'],
    completion: {
      sv: 'Alla mål är mätbara, har typ och tidshorisont, och översikten visar inga varningar om mål.',
      en: 'All goals are measurable and have a type and horizon, and the overview shows no goal warnings.',
    },
    seedRefs: ['P03', 'P04', 'I06', 'I08', 'F09', 'F10', 'F12', 'F13', 'F18', 'S22'],
  },
  {
    id: 'action-plan',
    phase: 'programme',
    title: { sv: 'Handlingsplan', en: 'Action plan' },
    guidance: {
      sv: 'Handlingsplanen gör programmet till verklighet, och varje aktivitet ska svara på vem, vad, när, hur och varför. Ta fram den tillsammans med företag, politiker och tjänstemän, gärna i en workshop där planen visas på storskärm och ändras direkt. Blanda realistiska aktiviteter med några som utmanar, och pröva gärna nya grepp som försök med en anteckning om vad ni lärde er när de är klara. Ange resurser och samverkanspartner för varje aktivitet, och var ärliga med att det oftast är kommunen som får göra det mesta av jobbet.',
      en: 'The action plan makes the programme real, and every action must answer who, what, when, how and why. Develop it together with businesses, politicians and officials, ideally in a workshop where the plan is shown on a big screen and changed on the spot. Mix realistic actions with some challenging ones, and try new approaches as experiments with a note on what you learned when they end. Give resources and cooperation partners for every action, and be honest that the municipality usually ends up doing most of the work.',
    },
    checklist: [
      item(
        'complete',
        'Varje aktivitet har vem, vad, när, hur och varför.',
        'Every action has who, what, when, how and why.',
        ['I13', 'S25'],
      ),
      item(
        'under-areas',
        'Aktiviteterna ligger under sina fokusområden.',
        'The actions sit under their focus areas.',
        ['P07'],
      ),
      item(
        'co-created',
        'Företag, politiker och tjänstemän har varit med och tagit fram planen.',
        'Businesses, politicians and officials have taken part in developing the plan.',
        ['I14'],
      ),
      item(
        'balance',
        'Aktiviteterna är bedömda som realistiska eller utmanande, och det finns en balans mellan dem.',
        'The actions are marked as realistic or challenging, and there is a balance between them.',
        ['I15'],
      ),
      item(
        'experiments',
        'Nya grepp är markerade som försök.',
        'New approaches are marked as experiments.',
        ['I35'],
      ),
      item(
        'resources',
        'Resurser i tid och pengar är angivna för varje aktivitet.',
        'Resources in time and money are given for every action.',
        ['I10', 'F19'],
      ),
      item('partners', 'Samverkanspartner är angivna.', 'Cooperation partners are given.', ['I20']),
      item(
        'responsible',
        'Varje aktivitet har en ansvarig som följer upp den.',
        'Every action has a responsible person who follows it up.',
        ['I37', 'I19'],
      ),
      item(
        'horizon',
        'Varje aktivitet har kort eller lång sikt angivet.',
        'Every action has a short or long term set.',
        ['S22'],
      ),
    ],
    editors: ['actions', 'goals', 'focusAreas', 'meetings'],
    completion: {
      sv: 'Alla aktiviteter är kompletta med vem, vad, när, hur och varför, och har resurser och en ansvarig.',
      en: 'All actions are complete with who, what, when, how and why, and have resources and a responsible person.',
    },
    seedRefs: ['S25', 'I13', 'I14', 'I15', 'I10', 'I19', 'I20', 'I35', 'I37', 'P07'],
  },
  {
    id: 'roles',
    phase: 'programme',
    title: { sv: 'Roll- och ansvarsfördelning', en: 'Roles and responsibilities' },
    guidance: {
      sv: 'Visa i en tabell vem som gör vad: kommunen, de kommunala bolagen, näringslivsorganisationerna, regionen och företagen själva. Tabellen byggs av handlingsplanens ansvariga och av grupperna, så håll dem uppdaterade i stället för att skriva en separat text. Var tydlig med vad som är kommunens uppgift och vad andra ansvarar för; det förebygger besvikelser och gör det lättare att lita på att alla gör sin del. Låt dem som står i tabellen läsa den innan programmet går på remiss.',
      en: 'Show in a table who does what: the municipality, the municipal companies, the business organisations, the region and the businesses themselves. The table is built from the action plan’s responsible persons and from the groups, so keep those up to date instead of writing a separate text. Be clear about what is the municipality’s job and what others are responsible for; it prevents disappointment and makes it easier to trust that everyone does their part. Let those named in the table read it before the programme goes out for consultation.',
    },
    checklist: [
      item(
        'table',
        'Rolltabellen är skapad och genomläst.',
        'The roles table is generated and read through.',
        ['P06', 'I04'],
      ),
      item(
        'split',
        'Det framgår vad kommunen gör och vad andra gör.',
        'It shows what the municipality does and what others do.',
        ['I19'],
      ),
      item(
        'confirmed',
        'De som har ett ansvar har bekräftat sina roller.',
        'Those with a responsibility have confirmed their roles.',
        ['I31'],
      ),
    ],
    editors: ['roles', 'actions', 'groups'],
    completion: {
      sv: 'Rolltabellen är komplett och bekräftad av dem som står i den.',
      en: 'The roles table is complete and confirmed by those named in it.',
    },
    seedRefs: ['P06', 'I04', 'I31', 'I19'],
  },
  {
    id: 'follow-up-section',
    phase: 'programme',
    title: { sv: 'Uppföljning i programmet', en: 'Follow-up in the programme' },
    guidance: {
      sv: 'Skriv in i programmet hur det ska följas upp: hur ofta, av vem, med vilka mätetal och hur resultatet redovisas för politikerna. Bestäm en rytm som går att hålla, till exempel en uppföljning per kvartal och en större utvärdering per år. En tydlig uppföljningsdel gör det lättare att få resurser och lättare att ändra kurs när något inte fungerar. Lova inte fler rapporter än ni hinner skriva.',
      en: 'Write into the programme how it will be followed up: how often, by whom, with which indicators and how the results are reported to the politicians. Choose a rhythm you can keep, for example a follow-up each quarter and a larger evaluation each year. A clear follow-up section makes it easier to get resources and easier to change course when something does not work. Do not promise more reports than you have time to write.',
    },
    checklist: [
      item(
        'how-often',
        'Det är bestämt hur ofta uppföljningen sker.',
        'It is decided how often the follow-up takes place.',
        ['P19', 'I38'],
      ),
      item(
        'who',
        'Det står vem som ansvarar för uppföljningen.',
        'It says who is responsible for the follow-up.',
        ['P19', 'I37'],
      ),
      item(
        'indicators',
        'De mätetal som följs upp är listade.',
        'The indicators that are followed up are listed.',
        ['P19'],
      ),
      item(
        'reporting',
        'Det är beskrivet hur resultatet redovisas för politiken.',
        'It is described how the results are reported to the politicians.',
        ['F23'],
      ),
    ],
    editors: ['programmeText', 'followUps', 'goals'],
    completion: {
      sv: 'Uppföljningsavsnittet säger hur, hur ofta, av vem och med vilka mätetal.',
      en: 'The follow-up section says how, how often, by whom and with which indicators.',
    },
    seedRefs: ['P19'],
  },
  {
    id: 'clarity-check',
    phase: 'programme',
    title: { sv: 'Tydlighet', en: 'Clarity check' },
    guidance: {
      sv: 'Läs programmet som en företagare som inte har varit med i processen: förstår hon vad kommunen ska göra och varför? Korta långa meningar, byt fackord mot vanliga ord och stryk upprepningar. Översikten markerar långa meningar och ord från jargonglistan, men det bästa testet är att låta någon utomstående läsa. Ett kort program blir oftare läst och använt.',
      en: 'Read the programme as a business owner who was not part of the process: does she understand what the municipality will do and why? Shorten long sentences, replace jargon with everyday words and cut repetition. The overview marks long sentences and words from the jargon list, but the best test is to let an outsider read it. A short programme is more often read and used.',
    },
    checklist: [
      item(
        'hints',
        'Tydlighetskontrollens markeringar är genomgångna.',
        'The clarity check’s marks are gone through.',
        ['P15'],
      ),
      item(
        'outside-reader',
        'Någon utanför arbetsgruppen har läst programmet.',
        'Someone outside the working group has read the programme.',
        ['P15'],
      ),
      item(
        'goal-count',
        'Antalet mål är rimligt för att alla ska komma ihåg dem.',
        'The number of goals is small enough for everyone to remember.',
        ['F09'],
      ),
      item(
        'nothing-extra',
        'Programmet innehåller inget som inte behövs för att förstå det eller genomföra det.',
        'The programme contains nothing that is not needed to understand or carry it out.',
        ['I32'],
      ),
      item(
        'sections',
        'Alla avsnitt i programmet är ifyllda eller medvetet strukna.',
        'Every section of the programme is filled in or deliberately left out.',
        ['P15'],
      ),
    ],
    editors: ['programmeText', 'exports'],
    completion: {
      sv: 'Programmet har lästs av någon utomstående och markeringarna från tydlighetskontrollen är åtgärdade eller bedömda.',
      en: 'An outsider has read the programme and the clarity check’s marks are fixed or assessed.',
    },
    seedRefs: ['P15', 'I32'],
  },
];
