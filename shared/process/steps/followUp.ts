// Runs in: everywhere. Phase 6, Genomförande och uppföljning: a first-class part of the process,
// not an appendix. Every F line of the seed has its place here.
import type { ProcessStep } from '../types';
import { item } from './item';

export const followUpSteps: readonly ProcessStep[] = [
  {
    id: 'follow-up-cadence',
    phase: 'follow-up',
    title: { sv: 'Rytm för uppföljning', en: 'Follow-up cadence' },
    guidance: {
      sv: 'Det är uppföljningen som avgör om programmet gör skillnad, så ge den samma omsorg som arbetet med att ta fram programmet. Bestäm en fast rytm, till exempel varje kvartal, och lägg in datumen i kalendern direkt. Gå vid varje uppföljning igenom både aktiviteter och mål, med tyngdpunkt på vad som faktiskt har levererats. Översikten visar vilka uppföljningar som snart är försenade.',
      en: 'Follow-up is what decides whether the programme makes a difference, so give it the same care as developing the programme. Set a fixed rhythm, for example every quarter, and put the dates in the calendar at once. At each follow-up, go through both actions and goals, with the emphasis on what has actually been delivered. The overview shows which follow-ups are about to be late.',
    },
    checklist: [
      item(
        'cadence',
        'Uppföljningsrytmen är bestämd och datumen är inlagda.',
        'The follow-up cadence is decided and the dates are entered.',
        ['I38', 'F01'],
      ),
      item(
        'responsible',
        'Varje uppföljning har en ansvarig.',
        'Every follow-up has a responsible person.',
        ['I37'],
      ),
      item(
        'deliveries',
        'Uppföljningen utgår från vad som har levererats.',
        'The follow-up starts from what has been delivered.',
        ['I38'],
      ),
      item(
        'series',
        'Mätvärden förs in löpande med datum, inte som enstaka siffror.',
        'Measurements are entered continuously with dates, not as one-off figures.',
        ['F05'],
      ),
    ],
    editors: ['followUps', 'meetingCalendar'],
    completion: {
      sv: 'Rytmen är bestämd, datumen ligger i kalendern och den första uppföljningen är genomförd.',
      en: 'The cadence is set, the dates are in the calendar and the first follow-up has taken place.',
    },
    seedRefs: ['F01', 'I38', 'F05'],
  },
  {
    id: 'measurements',
    phase: 'follow-up',
    title: { sv: 'Mätetal och mätningar', en: 'Indicators and measurements' },
    guidance: {
      sv: 'Mät det som visar att något har förändrats för företagen, inte bara att kommunen har varit aktiv. Välj mätetal ur biblioteket eller lägg till egna, och ange för vart och ett om det är strategiskt, taktiskt eller operativt. Komplettera näringslivsrankingar med egna mätningar, till exempel ledtider i handläggningen och hur nöjda företagen är efter en kontakt med kommunen. Ange utgångsvärde och önskad riktning, så kan rapporten visa förändringen sedan start.',
      en: 'Measure what shows that something has changed for businesses, not only that the municipality has been active. Choose indicators from the library or add your own, and state for each one whether it is strategic, tactical or operational. Complement business-climate rankings with your own measurements, for example lead times in case handling and how satisfied businesses are after contact with the municipality. Give a baseline and the desired direction, so that the report can show the change since the start.',
    },
    checklist: [
      item(
        'meaningful',
        'Varje mätetal är valt för att det visar en verklig förändring.',
        'Every indicator is chosen because it shows a real change.',
        ['F13', 'F14'],
      ),
      item(
        'baseline',
        'Varje mätetal har utgångsvärde och riktning.',
        'Every indicator has a baseline and a direction.',
        ['F14'],
      ),
      item(
        'own-measurements',
        'Rankingar kompletteras med egna mätningar.',
        'Rankings are complemented with own measurements.',
        ['F15'],
      ),
      item(
        'lead-times',
        'Ledtiderna i handläggningen mäts.',
        'The lead times in case handling are measured.',
        ['F16'],
      ),
      item(
        'satisfaction',
        'Företagens nöjdhet mäts, till exempel vid företagsbesök.',
        'Business satisfaction is measured, for example at company visits.',
        ['F17'],
      ),
      item(
        'levels',
        'Mätetalen har en nivå: strategisk, taktisk eller operativ.',
        'The indicators have a level: strategic, tactical or operational.',
        ['F18'],
      ),
      item(
        'entered',
        'Mätvärden förs in vid varje uppföljning.',
        'Measurements are entered at every follow-up.',
        ['F05'],
      ),
    ],
    editors: ['indicators', 'statistics', 'visits', 'imports'],
    completion: {
      sv: 'Varje mål har minst ett mätetal med utgångsvärde, och de senaste värdena är inlagda.',
      en: 'Every goal has at least one indicator with a baseline, and the latest values are entered.',
    },
    seedRefs: ['F05', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18'],
  },
  {
    id: 'status-and-red-thread',
    phase: 'follow-up',
    title: { sv: 'Status och röd tråd', en: 'Status and the red thread' },
    guidance: {
      sv: 'Ge varje mål och aktivitet en status i grönt, gult eller rött vid varje uppföljning, och skriv en kort kommentar när den är gul eller röd. Statusen räknas fram ur hur arbetet går, men du kan ändra den när du vet mer än siffrorna visar. Kontrollera att kedjan från vision via fokusområde och mål till aktivitet och mätning håller, och åtgärda de brister som översikten listar. Bocka av resultatmål som har nåtts; de kan direkt bli en nyhet.',
      en: 'Give every goal and action a green, yellow or red status at each follow-up, and write a short comment when it is yellow or red. The status is computed from progress, but you can change it when you know more than the figures show. Check that the chain from vision via focus area and goal to action and measurement holds, and fix the breaks the overview lists. Tick off result goals that have been reached; they can become news straight away.',
    },
    checklist: [
      item(
        'rag',
        'Alla mål och aktiviteter har en aktuell status.',
        'All goals and actions have a current status.',
        ['F11'],
      ),
      item(
        'comments',
        'Gula och röda statusar har en kommentar.',
        'Yellow and red statuses have a comment.',
        ['F11'],
      ),
      item(
        'red-thread',
        'Brister i den röda tråden är åtgärdade eller förklarade.',
        'Breaks in the red thread are fixed or explained.',
        ['F03'],
      ),
      item(
        'result-goals',
        'Uppnådda resultatmål är avbockade.',
        'Result goals that have been reached are ticked off.',
        ['F02'],
      ),
      item(
        'process-goals',
        'Processmålen är bedömda, inte bara resultatmålen.',
        'The process goals are assessed, not only the result goals.',
        ['F02', 'F12'],
      ),
    ],
    editors: ['goals', 'actions', 'followUps'],
    completion: {
      sv: 'Alla mål och aktiviteter har aktuell status, och den röda tråden är hel eller bristerna förklarade.',
      en: 'All goals and actions have a current status, and the red thread is whole or its breaks explained.',
    },
    seedRefs: ['F11', 'F02', 'F03'],
  },
  {
    id: 'keep-going',
    phase: 'follow-up',
    title: { sv: 'Håll i och håll ut', en: 'Keep going' },
    guidance: {
      sv: 'Det är lätt att tappa farten när programmet är antaget och vardagen tar över. Översikten påminner om aktiviteter som inte har uppdaterats på länge, så kontakta den ansvarige och fråga vad som behövs för att komma vidare. Jämför antalet möten med antalet avslutade aktiviteter; om mötena blir fler men resultaten inte gör det är det dags att ändra arbetssätt. Följ också upp hur ni arbetar jämfört med hur ni sa att ni skulle arbeta.',
      en: 'It is easy to lose momentum once the programme is adopted and everyday work takes over. The overview reminds you of actions that have not been updated for a long time, so contact the responsible person and ask what is needed to move on. Compare the number of meetings with the number of finished actions; if meetings increase but results do not, it is time to change the way of working. Also check how you work against how you said you would work.',
    },
    checklist: [
      item(
        'stalled',
        'Aktiviteter som har stått still är genomgångna med sina ansvariga.',
        'Actions that have stood still are gone through with their responsible persons.',
        ['I16'],
      ),
      item(
        'meetings-vs-results',
        'Antalet möten och antalet avslutade aktiviteter är jämförda.',
        'The number of meetings and the number of finished actions are compared.',
        ['I29'],
      ),
      item(
        'way-of-working',
        'Ni har stämt av arbetssättet mot processmålen.',
        'You have checked the way of working against the process goals.',
        ['F20'],
      ),
      item(
        'dialogue',
        'Dialogen med företagen fortsätter under genomförandet.',
        'The dialogue with businesses continues during implementation.',
        ['I36'],
      ),
    ],
    editors: ['actions', 'meetings', 'followUps'],
    completion: {
      sv: 'Inga aktiviteter står still utan att någon vet varför, och arbetssättet är avstämt det senaste halvåret.',
      en: 'No action is stalled without anyone knowing why, and the way of working was checked in the last six months.',
    },
    seedRefs: ['I16', 'I29', 'F20'],
  },
  {
    id: 'costs',
    phase: 'follow-up',
    title: { sv: 'Kostnader', en: 'Costs' },
    guidance: {
      sv: 'Följ vad genomförandet kostar, både i pengar och i arbetstimmar, och jämför med vad som planerades. Summera per fokusområde, så att politikerna ser vart resurserna går. En avvikelse är inget misslyckande i sig, men den ska vara känd och förklarad innan någon annan hittar den. Underlaget behövs också inför nästa budgetår.',
      en: 'Track what implementation costs, both in money and in working hours, and compare with what was planned. Sum it up per focus area, so that the politicians see where the resources go. A deviation is not a failure in itself, but it should be known and explained before someone else finds it. The figures are also needed for the next budget year.',
    },
    checklist: [
      item(
        'planned',
        'Varje aktivitet har en planerad kostnad.',
        'Every action has a planned cost.',
        ['F19', 'I10'],
      ),
      item(
        'spent',
        'Utfallet förs in vid varje uppföljning.',
        'The actual cost is entered at every follow-up.',
        ['F19'],
      ),
      item(
        'deviations',
        'Avvikelser mellan plan och utfall är förklarade.',
        'Deviations between plan and outcome are explained.',
        ['F19'],
      ),
    ],
    editors: ['actions', 'followUps'],
    completion: {
      sv: 'Plan och utfall finns för alla aktiviteter, och avvikelserna är förklarade.',
      en: 'Plan and outcome exist for all actions, and the deviations are explained.',
    },
    seedRefs: ['F19'],
  },
  {
    id: 'follow-up-meetings',
    phase: 'follow-up',
    title: { sv: 'Uppsamlingsmöten', en: 'Follow-up meetings' },
    guidance: {
      sv: 'Samla dem som arbetar med programmet, och gärna företagen, till återkommande möten där ni berättar hur arbetet har gått och vad det har gett. Börja med det som har fungerat och låt de ansvariga själva berätta. Använd mötet till att fånga lärdomar och justera planen, inte till att granska enskilda personer. En kort resultatsammanfattning att visa gör det lättare att hålla mötet fokuserat.',
      en: 'Gather those who work on the programme, and ideally the businesses, at recurring meetings where you tell how the work has gone and what it has achieved. Start with what has worked and let the responsible persons tell it themselves. Use the meeting to capture lessons and adjust the plan, not to scrutinise individuals. A short results summary to show makes it easier to keep the meeting focused.',
    },
    checklist: [
      item(
        'held',
        'Minst ett uppsamlingsmöte per år är genomfört.',
        'At least one follow-up meeting a year has taken place.',
        ['F21'],
      ),
      item(
        'summary',
        'En kort resultatsammanfattning togs fram inför mötet.',
        'A short results summary was prepared for the meeting.',
        ['F21'],
      ),
      item(
        'businesses',
        'Företag eller referensgrupper var inbjudna.',
        'Businesses or reference groups were invited.',
        ['I36', 'I23'],
      ),
    ],
    editors: ['meetings', 'followUps', 'exports'],
    completion: {
      sv: 'Årets uppsamlingsmöte är genomfört och lärdomarna från det är antecknade.',
      en: 'This year’s follow-up meeting has taken place and its lessons are recorded.',
    },
    seedRefs: ['F21', 'I36'],
  },
  {
    id: 'learning',
    phase: 'follow-up',
    title: { sv: 'Utvärdering och lärande', en: 'Evaluation and learning' },
    guidance: {
      sv: 'Utvärdera med två frågor: hur gick det, och vad lär vi oss av det? Koppla varje lärdom till det mål eller den aktivitet den kom ifrån, så att den går att hitta igen. En lärdom som inte leder till någon ändring glöms lätt bort, så gör om den till en ny eller ändrad aktivitet när det går. Ändra gärna mål utifrån det ni har lärt er, men spara det gamla målvärdet, det nya och skälet, så att historiken finns kvar.',
      en: 'Evaluate with two questions: how did it go, and what do we learn from it? Link every lesson to the goal or action it came from, so that it can be found again. A lesson that leads to no change is easily forgotten, so turn it into a new or changed action when you can. Do change goals based on what you have learned, but keep the old target, the new one and the reason, so that the history remains.',
    },
    checklist: [
      item(
        'judgement-and-lessons',
        'Varje utvärdering innehåller både en bedömning och lärdomar.',
        'Every evaluation holds both a judgement and lessons.',
        ['F04'],
      ),
      item(
        'linked',
        'Lärdomarna är kopplade till mål eller aktiviteter.',
        'The lessons are linked to goals or actions.',
        ['F06'],
      ),
      item(
        'to-actions',
        'Lärdomar har lett till nya eller ändrade aktiviteter där det behövs.',
        'Lessons have led to new or changed actions where needed.',
        ['F07'],
      ),
      item(
        'goal-revisions',
        'Ändrade mål har sin historik: gammalt värde, nytt värde, skäl och datum.',
        'Revised goals keep their history: old value, new value, reason and date.',
        ['F08'],
      ),
      item(
        'experiments',
        'Avslutade försök har en anteckning om vad ni lärde er.',
        'Finished experiments have a note on what you learned.',
        ['I35'],
      ),
    ],
    editors: ['evaluations', 'goals', 'actions'],
    completion: {
      sv: 'Årets utvärdering är gjord, lärdomarna är kopplade och de har lett till beslut om vad som ändras.',
      en: 'This year’s evaluation is done, the lessons are linked and they have led to decisions on what changes.',
    },
    seedRefs: ['F04', 'F06', 'F07', 'F08'],
  },
  {
    id: 'drop-what-does-not-work',
    phase: 'follow-up',
    title: { sv: 'Våga välja bort', en: 'Dare to drop things' },
    guidance: {
      sv: 'Alla aktiviteter blir inte som det var tänkt, och det är bättre att avsluta dem som inte fungerar än att låta dem stå kvar i planen. Avsluta en sådan aktivitet som bortvald och skriv skälet, för det är också ett resultat och en lärdom. Lyft samtidigt fram det som har gått bra, så att resurserna kan flyttas dit de gör mest nytta. Presentera bortvalen som kloka prioriteringar och inte som misslyckanden.',
      en: 'Not every action turns out as intended, and it is better to end those that do not work than to leave them in the plan. End such an action as dropped and write the reason, since that too is a result and a lesson. At the same time, highlight what has gone well, so that resources can move to where they do the most good. Present what was dropped as wise priorities, not as failures.',
    },
    checklist: [
      item(
        'reviewed',
        'Aktiviteter som inte ger effekt är genomgångna.',
        'Actions without effect have been gone through.',
        ['F25'],
      ),
      item(
        'reason',
        'Bortvalda aktiviteter har ett skäl angivet.',
        'Dropped actions have a reason given.',
        ['F25'],
      ),
      item('successes', 'Det som har fungerat är lyft fram.', 'What has worked is highlighted.', [
        'F25',
        'F26',
      ]),
    ],
    editors: ['actions', 'evaluations'],
    completion: {
      sv: 'Varje aktivitet är antingen aktiv med en rimlig plan, avslutad eller bortvald med ett skäl.',
      en: 'Every action is either active with a reasonable plan, finished, or dropped with a reason.',
    },
    seedRefs: ['F25'],
  },
  {
    id: 'report-and-communicate',
    phase: 'follow-up',
    title: { sv: 'Rapportera och berätta', en: 'Report and tell' },
    guidance: {
      sv: 'Gör en uppföljningsrapport som börjar med det som har uppnåtts: avslutade aktiviteter, nådda mål och goda exempel. Berätta om resultaten löpande i kommunikationsplanens kanaler, för en avslutad aktivitet eller ett nått mål kan bli en nyhet direkt. Skriv i en uppmuntrande ton, eftersom uppföljningen ska ge lust att fortsätta och inte kännas som kontroll. Lyft fram dem som har gjort jobbet; framgång smittar och får fler att vilja bidra.',
      en: 'Make a follow-up report that opens with what has been achieved: finished actions, goals reached and good examples. Tell about the results continuously in the communication plan’s channels, since a finished action or a reached goal can become news at once. Write in an encouraging tone, because follow-up should make people want to continue and not feel like control. Give credit to those who did the work; success is contagious and makes more people want to contribute.',
    },
    checklist: [
      item('report', 'Uppföljningsrapporten är exporterad.', 'The follow-up report is exported.', [
        'F22',
      ]),
      item(
        'achievements-first',
        'Rapporten börjar med det som har uppnåtts.',
        'The report opens with what has been achieved.',
        ['F26'],
      ),
      item(
        'news',
        'Resultat har blivit kommunikationsinsatser.',
        'Results have become communication items.',
        ['I25', 'F22'],
      ),
      item(
        'tone',
        'Rapporten är skriven i en uppmuntrande ton, utan skuldbeläggande.',
        'The report is written in an encouraging tone, without blame.',
        ['F27'],
      ),
    ],
    editors: ['exports', 'communication', 'followUps'],
    completion: {
      sv: 'Rapporten är klar och spridd, och minst ett resultat har berättats i en av kanalerna.',
      en: 'The report is finished and shared, and at least one result has been told in one of the channels.',
    },
    seedRefs: ['F22', 'F26', 'F27', 'I25'],
  },
  {
    id: 'report-upward',
    phase: 'follow-up',
    title: { sv: 'Rapportera uppåt', en: 'Report upwards' },
    guidance: {
      sv: 'Det är lätt att bara berätta utåt för företagen och nedåt i organisationen. Berätta också regelbundet för politikerna och kommunledningen hur programmet går, med både framgångar och problem. Ett kort underlag inför varje dragning gör det lätt för dem att föra budskapet vidare. Notera varje rapport i kommunikationsloggen, så ser du när det är dags igen.',
      en: 'It is easy to tell only the businesses outside and the staff below. Also tell the politicians and the municipal management regularly how the programme is going, with both successes and problems. A short paper before each briefing makes it easy for them to pass the message on. Note every report in the communication log, so that you see when it is time again.',
    },
    checklist: [
      item('upward-logged', 'Rapporteringen uppåt är loggad.', 'The upward reporting is logged.', [
        'F23',
      ]),
      item(
        'briefing-paper',
        'Ett kort underlag för politiker är exporterat.',
        'A short briefing paper for politicians is exported.',
        ['I30'],
      ),
      item(
        'recent',
        'Den senaste dragningen för politikerna är inte för gammal.',
        'The latest briefing for the politicians is not too old.',
        ['I09'],
      ),
    ],
    editors: ['communication', 'briefings', 'exports'],
    completion: {
      sv: 'Politik och ledning har fått en lägesrapport sedan den senaste uppföljningen.',
      en: 'Politicians and management have had a status report since the latest follow-up.',
    },
    seedRefs: ['F23'],
  },
  {
    id: 'follow-up-system',
    phase: 'follow-up',
    title: { sv: 'Uppföljningssystem och export', en: 'Follow-up system and export' },
    guidance: {
      sv: 'Appen är ert uppföljningssystem: det som förs in här kan följas upp och rapporteras utan att skrivas om. Har kommunen redan ett annat system för mål och uppföljning, exportera mål, aktiviteter och mätvärden som CSV eller Excel i stället för att föra dubbel bok. Bestäm vilket system som gäller för vad, så att siffrorna inte skiljer sig mellan rapporterna. Spara exporterna som underlag, så att du kan visa vad som redovisades och när.',
      en: 'The app is your follow-up system: what is entered here can be followed up and reported without being retyped. If the municipality already has another system for goals and follow-up, export goals, actions and measurements as CSV or Excel instead of keeping two sets of books. Decide which system applies to what, so that the figures do not differ between reports. Keep the exports as records, so that you can show what was reported and when.',
    },
    checklist: [
      item(
        'system-decided',
        'Det är bestämt vilket system som gäller för uppföljningen.',
        'It is decided which system applies to the follow-up.',
        ['F24'],
      ),
      item(
        'export-tried',
        'Exporten till kommunens andra system är provad, om ett sådant finns.',
        'The export to the municipality’s other system is tried, if there is one.',
        ['F24'],
      ),
    ],
    editors: ['exports'],
    completion: {
      sv: 'Det är klart var uppföljningen görs, och eventuella exporter fungerar.',
      en: 'It is clear where the follow-up is done, and any exports work.',
    },
    seedRefs: ['F24'],
  },
];
