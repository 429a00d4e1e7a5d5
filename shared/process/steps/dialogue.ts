// Runs in: everywhere. Phase 3, Dialog och prioritering: test the analysis with the people
// concerned, agree on a goal picture and choose the few focus areas the programme will carry.
import type { ProcessStep } from '../types';
import { item } from './item';

export const dialogueSteps: readonly ProcessStep[] = [
  {
    id: 'workshops',
    phase: 'dialogue',
    title: { sv: 'Dialog och workshoppar', en: 'Dialogue and workshops' },
    guidance: {
      sv: 'Använd workshoppar för att pröva analysen mot dem som berörs och för att ta fram idéer tillsammans. Förbered få och tydliga frågor, blanda deltagare från företag, kommun och föreningar i grupperna och låt dem arbeta mer än de lyssnar. Skriv in resultatet som insikter direkt, så att det inte blir kvar på blädderblocket. Dialogen tar inte slut när programmet är antaget, så planera in återkommande träffar även under genomförandet.',
      en: 'Use workshops to test the analysis with the people concerned and to develop ideas together. Prepare a few clear questions, mix participants from businesses, the municipality and associations in the groups and let them work more than they listen. Enter the results as insights straight away, so that they do not stay on the flip chart. Dialogue does not end when the programme is adopted, so plan recurring meetings during implementation too.',
    },
    checklist: [
      item(
        'questions',
        'Frågorna till workshoppen är förberedda.',
        'The questions for the workshop are prepared.',
        ['S17'],
      ),
      item(
        'mix',
        'Deltagarna kommer från företag, kommunen och civilsamhället.',
        'The participants come from businesses, the municipality and civil society.',
        ['S17', 'A04', 'A10', 'A16'],
      ),
      item(
        'insights',
        'Resultatet är inskrivet som insikter.',
        'The results are entered as insights.',
        ['S17'],
      ),
      item(
        'continued',
        'Dialogtillfällen under genomförandet är inplanerade.',
        'Dialogue events during implementation are scheduled.',
        ['I36'],
      ),
    ],
    editors: ['meetings', 'insights', 'stakeholders'],
    completion: {
      sv: 'De planerade workshopparna är genomförda och resultaten finns som insikter.',
      en: 'The planned workshops have taken place and their results are recorded as insights.',
    },
    seedRefs: ['S17', 'I36'],
  },
  {
    id: 'shared-goal-picture',
    phase: 'dialogue',
    title: { sv: 'Gemensam målbild', en: 'Shared goal picture' },
    guidance: {
      sv: 'Formulera tillsammans en bild av hur kommunen och näringslivet ser ut när programmet har lyckats, gärna med sikte tio år framåt. Målbilden ska vara så konkret att man känner igen den och så gemensam att både företagare och politiker ställer sig bakom den. Notera var den togs fram och vilka som stod bakom den, till exempel en workshop eller en referensgrupp. Skriv inte om visionen, utan visa vad visionen betyder för näringslivet.',
      en: 'Together, describe how the municipality and its businesses look when the programme has succeeded, ideally ten years ahead. The goal picture should be concrete enough to recognise and shared enough that both business owners and politicians stand behind it. Note where it was developed and who stood behind it, for example a workshop or a reference group. Do not rewrite the vision; show what the vision means for businesses.',
    },
    checklist: [
      item(
        'drafted',
        'Målbilden är formulerad i några meningar.',
        'The goal picture is written in a few sentences.',
        ['P05'],
      ),
      item(
        'co-created',
        'Målbilden är framtagen eller prövad tillsammans med företag och politiker.',
        'The goal picture was developed or tested together with businesses and politicians.',
        ['I03'],
      ),
      item(
        'backing',
        'Det är noterat vilka som står bakom målbilden.',
        'It is noted who stands behind the goal picture.',
        ['P05'],
      ),
      item(
        'vision-link',
        'Det syns hur målbilden hänger ihop med kommunens vision.',
        'It shows how the goal picture connects to the municipal vision.',
        ['P02', 'I03'],
      ),
    ],
    editors: ['purpose', 'meetings'],
    completion: {
      sv: 'Målbilden är skriven, och de som tog fram den har godkänt formuleringen.',
      en: 'The goal picture is written, and those who developed it have approved the wording.',
    },
    seedRefs: ['P05', 'I03'],
  },
  {
    id: 'priorities',
    phase: 'dialogue',
    title: { sv: 'Prioriteringar', en: 'Priorities' },
    guidance: {
      sv: 'Det kommer fram fler idéer än det går att genomföra. Samla de tänkbara fokusområdena och insatserna och bedöm var och en efter nytta och insats, gärna tillsammans med arbetsgruppen. Skriv ner skälen till rangordningen, för de behövs när någon frågar varför just deras förslag inte kom med. Att välja bort hör till att prioritera, och ett program som försöker göra allt gör ingenting ordentligt.',
      en: 'More ideas will come up than can be carried out. Collect the candidate focus areas and actions and assess each one by impact and effort, preferably together with the working group. Write down the reasons for the ranking, since they are needed when someone asks why their proposal was left out. Leaving things out is part of prioritising, and a programme that tries to do everything does nothing properly.',
    },
    checklist: [
      item(
        'candidates',
        'Tänkbara fokusområden och insatser är samlade.',
        'Candidate focus areas and actions are collected.',
        ['S13'],
      ),
      item(
        'assessed',
        'Var och en är bedömd efter nytta och insats.',
        'Each one is assessed by impact and effort.',
        ['S13'],
      ),
      item(
        'reasons',
        'Skälen till prioriteringen är nedskrivna.',
        'The reasons for the priorities are written down.',
        ['S13', 'P08'],
      ),
      item(
        'left-out',
        'Det som valdes bort är noterat, med skäl.',
        'What was left out is noted, with reasons.',
        ['S13'],
      ),
    ],
    editors: ['priorities', 'focusAreas', 'insights'],
    completion: {
      sv: 'Det finns en rangordning med skäl som arbetsgruppen står bakom.',
      en: 'There is a ranking with reasons that the working group stands behind.',
    },
    seedRefs: ['S13'],
  },
  {
    id: 'focus-areas',
    phase: 'dialogue',
    title: { sv: 'Fokusområden', en: 'Focus areas' },
    guidance: {
      sv: 'Välj ett fåtal fokusområden, ofta tre till fem, och ordna dem efter prioritet. Bygg helst på kommunens styrkor från SWOT-analysen, och visa för varje område hur det bidrar till visionen och vem som ansvarar för det. Fundera på om området håller även i en lågkonjunktur och hur det bidrar till hållbarhet enligt Agenda 2030. Bestäm också om platsens varumärke ska vara ett eget område eller en del av flera, och ge programmet ett perspektiv som sträcker sig längre än en mandatperiod.',
      en: 'Choose a few focus areas, often three to five, and order them by priority. Preferably build on the municipality’s strengths from the SWOT analysis, and show for each area how it contributes to the vision and who is responsible for it. Consider whether the area holds up in a downturn too and how it contributes to sustainability under Agenda 2030. Also decide whether the place brand is an area of its own or part of several, and give the programme a perspective that reaches beyond one term of office.',
    },
    checklist: [
      item(
        'ordered',
        'Fokusområdena är valda och ordnade efter prioritet.',
        'The focus areas are chosen and ordered by priority.',
        ['P10'],
      ),
      item(
        'responsible',
        'Varje fokusområde har en ansvarig.',
        'Every focus area has a responsible person.',
        ['I07'],
      ),
      item(
        'strengths',
        'Varje fokusområde är kopplat till minst en styrka i SWOT-analysen, eller så är skälet förklarat.',
        'Every focus area is linked to at least one SWOT strength, or the reason is explained.',
        ['I18'],
      ),
      item(
        'vision',
        'Varje fokusområde beskriver hur det tjänar visionen.',
        'Every focus area describes how it serves the vision.',
        ['P02'],
      ),
      item(
        'why',
        'Varje fokusområde har ett eget varför.',
        'Every focus area has a why of its own.',
        ['P08'],
      ),
      item(
        'downturn',
        'Det är noterat hur varje område klarar en lågkonjunktur.',
        'It is noted how each area copes with a downturn.',
        ['I17'],
      ),
      item(
        'agenda-2030',
        'Fokusområdena är kopplade till de globala mål de bidrar till.',
        'The focus areas are linked to the global goals they contribute to.',
        ['P18'],
      ),
      item(
        'brand',
        'Ni har bestämt hur platsens varumärke och identitet ska hanteras i programmet.',
        'You have decided how the place brand and identity are handled in the programme.',
        ['P13'],
      ),
      item(
        'long-term',
        'Programperioden och det långsiktiga perspektivet är bestämda.',
        'The programme period and the long-term perspective are decided.',
        ['P14'],
      ),
    ],
    editors: ['focusAreas', 'swot', 'steeringDocuments'],
    completion: {
      sv: 'Fokusområdena är ordnade och har var sin ansvarig, ett varför och en koppling till visionen.',
      en: 'The focus areas are ordered and each has a responsible person, a why and a link to the vision.',
    },
    seedRefs: ['P10', 'P02', 'P13', 'P14', 'P18', 'I07', 'I17', 'I18'],
  },
  {
    id: 'regional-cooperation',
    phase: 'dialogue',
    title: {
      sv: 'Regionalt och mellankommunalt samarbete',
      en: 'Regional and inter-municipal cooperation',
    },
    guidance: {
      sv: 'Många av de frågor som företagen lyfter, som kompetensförsörjning, infrastruktur och etableringar, löses bäst tillsammans med grannkommunerna och regionen. Beskriv vilka samarbeten som redan finns och vilka som behövs, och koppla dem till de regionala aktörerna i aktörsregistret. Visa hur programmet förhåller sig till regionens utvecklingsstrategi. Var konkret om vem som gör vad tillsammans med vem.',
      en: 'Many of the issues businesses raise, such as skills supply, infrastructure and new establishments, are best solved together with the neighbouring municipalities and the region. Describe which cooperations already exist and which are needed, and link them to the regional actors in the actor register. Show how the programme relates to the regional development strategy. Be concrete about who does what with whom.',
    },
    checklist: [
      item(
        'existing',
        'Befintliga samarbeten med regionen och grannkommunerna är beskrivna.',
        'Existing cooperation with the region and neighbouring municipalities is described.',
        ['P11', 'A13'],
      ),
      item(
        'needed',
        'Samarbeten som behövs är identifierade.',
        'The cooperation that is needed is identified.',
        ['P11'],
      ),
      item(
        'strategy',
        'Kopplingen till regionens utvecklingsstrategi är beskriven.',
        'The link to the regional development strategy is described.',
        ['S06'],
      ),
    ],
    editors: ['stakeholders', 'programmeText', 'steeringDocuments'],
    completion: {
      sv: 'Avsnittet om regionalt samarbete är utkastat och de regionala aktörerna har fått läsa det.',
      en: 'The section on regional cooperation is drafted and the regional actors have read it.',
    },
    seedRefs: ['P11'],
  },
];
