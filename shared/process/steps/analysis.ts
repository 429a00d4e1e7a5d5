// Runs in: everywhere. Phase 2, Nulägesanalys: what the numbers, the businesses and the
// municipality's own documents say about where we stand today.
import type { ProcessStep } from '../types';
import { item } from './item';

export const analysisSteps: readonly ProcessStep[] = [
  {
    id: 'steering-documents',
    phase: 'analysis',
    title: { sv: 'Styrdokument', en: 'Steering documents' },
    guidance: {
      sv: 'Samla de styrdokument som programmet måste förhålla sig till: kommunens vision, översiktsplanen, budgeten med kommunens mål och regionens utvecklingsstrategi. Notera för varje dokument vad det säger om näringsliv och tillväxt, så att ni vet vad programmet ska bygga vidare på. Programmet blir starkare när det visar hur det bidrar till beslut som redan är fattade. Undvik att skriva in sådant som redan styrs av ett annat dokument.',
      en: 'Collect the steering documents the programme must relate to: the municipal vision, the comprehensive plan, the budget with the municipality’s goals and the regional development strategy. For each document, note what it says about business and growth, so that you know what the programme should build on. The programme is stronger when it shows how it contributes to decisions already taken. Avoid writing in things that another document already governs.',
    },
    checklist: [
      item(
        'collected',
        'Vision, översiktsplan och kommunens mål är inlagda.',
        'The vision, the comprehensive plan and the municipality’s goals are entered.',
        ['S06'],
      ),
      item(
        'regional',
        'Regionens utvecklingsstrategi och andra regionala dokument är inlagda.',
        'The regional development strategy and other regional documents are entered.',
        ['S06', 'P11'],
      ),
      item(
        'relevance',
        'För varje dokument står det vad det säger om näringslivet.',
        'For each document, it says what it says about business.',
        ['S06'],
      ),
      item(
        'vision-text',
        'Visionstexten är inlagd, så att fokusområdena kan kopplas till den.',
        'The vision text is entered, so that the focus areas can link to it.',
        ['P02'],
      ),
    ],
    editors: ['steeringDocuments'],
    completion: {
      sv: 'De viktigaste styrdokumenten finns i registret med en kort notering om vad de betyder för programmet.',
      en: 'The main steering documents are in the register with a short note on what they mean for the programme.',
    },
    seedRefs: ['S06'],
  },
  {
    id: 'external-analysis',
    phase: 'analysis',
    title: { sv: 'Omvärldsanalys', en: 'External analysis' },
    guidance: {
      sv: 'Beskriv det som händer runt kommunen och påverkar företagen: befolkning och arbetsmarknad, infrastruktur, stora etableringar, branschtrender och regionens utveckling. Håll texten kort och skriv vad det betyder för er, inte bara vad som händer. Ange en källa för varje påstående, så att texten går att uppdatera nästa gång. Låt gärna några företagare läsa utkastet, eftersom de ofta ser trender som kommunen missar.',
      en: 'Describe what is happening around the municipality that affects businesses: population and labour market, infrastructure, major establishments, industry trends and regional development. Keep the text short and write what it means for you, not only what is happening. Give a source for every claim, so that the text can be updated next time. Let a few business owners read the draft, since they often see trends the municipality misses.',
    },
    checklist: [
      item(
        'trends',
        'De viktigaste trenderna är beskrivna, med vad de betyder för kommunen.',
        'The main trends are described, with what they mean for the municipality.',
        ['S02'],
      ),
      item('sources', 'Varje avsnitt har källor angivna.', 'Every section has its sources given.', [
        'S02',
      ]),
      item(
        'region',
        'Regionens och grannkommunernas utveckling finns med.',
        'The development of the region and the neighbouring municipalities is included.',
        ['S02', 'A13'],
      ),
      item(
        'reviewed',
        'Minst en företagare eller en referensgrupp har läst utkastet.',
        'At least one business owner or a reference group has read the draft.',
        ['S24'],
      ),
    ],
    editors: ['analysisTexts'],
    completion: {
      sv: 'Omvärldsanalysen är skriven med källor och har lästs av någon utanför kommunen.',
      en: 'The external analysis is written with sources and has been read by someone outside the municipality.',
    },
    seedRefs: ['S02'],
  },
  {
    id: 'statistics',
    phase: 'analysis',
    title: { sv: 'Statistikbeskrivning', en: 'Statistics' },
    guidance: {
      sv: 'Välj ett fåtal nyckeltal som säger något om kommunens näringsliv, till exempel antal företag, nyföretagande, sysselsättning, pendling och utbildningsnivå. Hämta dem från Kolada eller SCB och ange alltid år och källa. Jämför hellre med liknande kommuner och med länet än att visa långa tabeller. Siffrorna blir utgångsvärden för målen, så välj sådana som går att följa år efter år.',
      en: 'Choose a few key figures that say something about the local economy, for example the number of businesses, new start-ups, employment, commuting and education level. Fetch them from Kolada or Statistics Sweden and always give the year and the source. Compare with similar municipalities and the county rather than showing long tables. The figures become baselines for the goals, so choose ones that can be followed year after year.',
    },
    checklist: [
      item(
        'key-figures',
        'Fem till tio nyckeltal är inlagda med år, värde och källa.',
        'Five to ten key figures are entered with year, value and source.',
        ['S03'],
      ),
      item(
        'comparison',
        'Minst ett nyckeltal är jämfört med länet eller liknande kommuner.',
        'At least one key figure is compared with the county or similar municipalities.',
        ['S03'],
      ),
      item(
        'rankings',
        'Näringslivsrankingar och egna mätningar finns med där de finns att tillgå.',
        'Business-climate rankings and own measurements are included where available.',
        ['F15'],
      ),
      item(
        'baselines',
        'Nyckeltal som kan bli utgångsvärden för mål är markerade.',
        'Key figures that can become baselines for goals are marked.',
        ['F14'],
      ),
    ],
    editors: ['statistics', 'imports'],
    completion: {
      sv: 'Nyckeltalen finns med år och källa och visas som tabell och diagram.',
      en: 'The key figures are entered with year and source and shown as table and chart.',
    },
    seedRefs: ['S03'],
  },
  {
    id: 'interviews',
    phase: 'analysis',
    title: { sv: 'Intervjuer', en: 'Interviews' },
    guidance: {
      sv: 'Intervjuer ger ett djup som varken enkäter eller statistik ger. Gör en kort intervjuguide med samma grundfrågor till alla, så att svaren går att jämföra, och välj intervjupersoner från olika branscher, storlekar och orter. Skriv ner svaren samma dag och märk dem med teman. Berätta för den du intervjuar hur svaren kommer att användas och om de kan komma att citeras.',
      en: 'Interviews give a depth that neither surveys nor statistics give. Make a short interview guide with the same basic questions for everyone, so that the answers can be compared, and choose interviewees from different industries, sizes and localities. Write the answers down the same day and tag them with themes. Tell the person you interview how the answers will be used and whether they may be quoted.',
    },
    checklist: [
      item(
        'guide',
        'Intervjuguiden med frågor är klar.',
        'The interview guide with questions is ready.',
        ['S14'],
      ),
      item(
        'selection',
        'Urvalet täcker olika branscher, storlekar och orter.',
        'The selection covers different industries, sizes and localities.',
        ['S14', 'A04', 'A16'],
      ),
      item(
        'records',
        'Intervjuerna är dokumenterade med svar och teman.',
        'The interviews are documented with answers and themes.',
        ['S14'],
      ),
      item(
        'informed',
        'De intervjuade vet hur svaren används.',
        'The interviewees know how the answers are used.',
        ['S14'],
      ),
    ],
    editors: ['interviews', 'stakeholders', 'insights'],
    completion: {
      sv: 'De planerade intervjuerna är gjorda och dokumenterade, och teman är sammanfattade som insikter.',
      en: 'The planned interviews are done and documented, and the themes are summed up as insights.',
    },
    seedRefs: ['S14'],
  },
  {
    id: 'company-visits',
    phase: 'analysis',
    title: { sv: 'Företagsbesök', en: 'Company visits' },
    guidance: {
      sv: 'Företagsbesöken är ofta den bästa källan till kunskap om vad företagen behöver. Skriv in besöket direkt efteråt medan du minns: vilka du träffade, vad ni pratade om, vilka hinder företaget möter och vad kommunen lovade. Fråga gärna hur nöjda de är med kommunens service, så kan svaren följas över tid. Sprid besöken över kommunens orter och branscher och se till att det som lovades blir gjort.',
      en: 'Company visits are often the best source of knowledge about what businesses need. Enter the visit straight afterwards while you remember: whom you met, what you talked about, which obstacles the company faces and what the municipality promised. Ask how satisfied they are with the municipality’s service, so that the answers can be followed over time. Spread the visits across the municipality’s localities and industries and make sure what was promised gets done.',
    },
    checklist: [
      item(
        'visits-logged',
        'Besöken är loggade med datum, deltagare och ämnen.',
        'The visits are logged with date, participants and topics.',
        ['S15'],
      ),
      item(
        'spread',
        'Besöken är spridda över orter och branscher.',
        'The visits are spread across localities and industries.',
        ['A04', 'A16'],
      ),
      item(
        'obstacles',
        'Hinder som företagen tar upp är noterade.',
        'Obstacles raised by the businesses are noted.',
        ['S10'],
      ),
      item(
        'satisfaction',
        'Företagen har fått frågan hur nöjda de är med kommunens service.',
        'The businesses have been asked how satisfied they are with the municipality’s service.',
        ['F17'],
      ),
      item(
        'promises',
        'Det som kommunen lovade vid besöken är uppföljt.',
        'What the municipality promised during the visits has been followed up.',
        ['S15'],
      ),
    ],
    editors: ['visits', 'companies'],
    completion: {
      sv: 'De planerade besöken är gjorda och loggade, och inga utlovade uppföljningar är försenade.',
      en: 'The planned visits are done and logged, and no promised follow-ups are overdue.',
    },
    seedRefs: ['S15'],
  },
  {
    id: 'self-image',
    phase: 'analysis',
    title: {
      sv: 'Självbild: kommunen och företagarna',
      en: 'Self-image: the municipality and the businesses',
    },
    guidance: {
      sv: 'Ställ samma frågor till företagen och till kommunens egna medarbetare och politiker, till exempel om bemötande, handläggningstider och tillgänglighet. Skillnaderna mellan svaren visar var kommunen tror att den är bättre eller sämre än företagen upplever. Redovisa resultatet öppet, för det är ofta här de viktigaste utvecklingsområdena finns. Undvik att försvara siffrorna; syftet är att lära, inte att hitta skyldiga.',
      en: 'Ask the businesses and the municipality’s own staff and politicians the same questions, for example about treatment, handling times and accessibility. The differences between the answers show where the municipality believes it is better or worse than businesses experience it. Present the result openly, since this is often where the most important development areas are. Avoid defending the figures; the aim is to learn, not to find someone to blame.',
    },
    checklist: [
      item(
        'questions',
        'Frågorna är bestämda och är desamma för båda grupperna.',
        'The questions are decided and are the same for both groups.',
        ['I34'],
      ),
      item(
        'companies-answered',
        'Företagen har svarat, vid besök eller i en enkät.',
        'The businesses have answered, during visits or in a survey.',
        ['I34', 'S15', 'S19'],
      ),
      item(
        'municipality-answered',
        'Kommunens medarbetare och politiker har svarat.',
        'The municipality’s staff and politicians have answered.',
        ['I34', 'A10', 'A01'],
      ),
      item(
        'compared',
        'Arbetsgruppen har gått igenom skillnaderna.',
        'The working group has gone through the differences.',
        ['I34'],
      ),
    ],
    editors: ['selfImage', 'visits', 'imports'],
    completion: {
      sv: 'Båda grupperna har svarat, jämförelsen är gjord och slutsatserna finns som insikter.',
      en: 'Both groups have answered, the comparison is made and the conclusions are recorded as insights.',
    },
    seedRefs: ['I34'],
  },
  {
    id: 'cooperation-staircase',
    phase: 'analysis',
    title: { sv: 'Samhandlingstrappan', en: 'The cooperation staircase' },
    guidance: {
      sv: 'Samhandlingstrappan beskriver hur nära samarbetet med en aktör är, från att ni bara känner till varandra till att ni gör saker tillsammans. Ange ett trappsteg för de viktigaste relationerna och uppdatera det när något förändras. Fördelningen visar om arbetet mest består av information åt ena hållet eller av verkligt samarbete. Sikta inte på att alla ska stå högst upp, utan välj de relationer där ett steg uppåt gör mest nytta.',
      en: 'The cooperation staircase describes how close the cooperation with an actor is, from merely knowing of each other to doing things together. Set a level for the most important relations and update it when something changes. The distribution shows whether the work is mostly one-way information or real cooperation. Do not aim for everyone at the top; pick the relations where one step up does the most good.',
    },
    checklist: [
      item(
        'levels-set',
        'De viktigaste aktörerna har ett trappsteg angivet.',
        'The most important actors have a level set.',
        ['S20'],
      ),
      item(
        'targets',
        'Ni har valt ut de relationer där ni vill ta ett steg uppåt.',
        'You have chosen the relations where you want to move one step up.',
        ['S20', 'I21'],
      ),
      item(
        'reviewed',
        'Arbetsgruppen har gått igenom fördelningen.',
        'The working group has gone through the distribution.',
        ['S20'],
      ),
    ],
    editors: ['staircase', 'stakeholders'],
    completion: {
      sv: 'Nyckelaktörerna har ett trappsteg och det finns ett mål för de relationer som ska utvecklas.',
      en: 'The key actors have a level, and there is a target for the relations that are to develop.',
    },
    seedRefs: ['S20'],
  },
  {
    id: 'obstacles',
    phase: 'analysis',
    title: { sv: 'Hinder och förutsättningar', en: 'Obstacles and preconditions' },
    guidance: {
      sv: 'Samla de hinder som företagen tar upp vid besök, intervjuer och workshoppar, till exempel långa handläggningstider, brist på mark eller svårt att rekrytera. Notera för varje hinder vem som kan göra något åt det, och följ det tills det är åtgärdat eller medvetet lämnat. Många hinder ligger inom kommunens egen verksamhet och kan lösas utan att vänta på programmet. Att kunna visa att ett hinder faktiskt försvann bygger mer förtroende än många möten.',
      en: 'Collect the obstacles that businesses raise during visits, interviews and workshops, for example long handling times, lack of land or difficulty recruiting. For each obstacle, note who can do something about it, and track it until it is solved or deliberately left. Many obstacles lie within the municipality’s own operations and can be solved without waiting for the programme. Being able to show that an obstacle actually disappeared builds more trust than many meetings.',
    },
    checklist: [
      item(
        'collected',
        'Hinder från besök, intervjuer och workshoppar är samlade.',
        'Obstacles from visits, interviews and workshops are collected.',
        ['S10'],
      ),
      item(
        'owner',
        'Varje hinder har någon som ansvarar för nästa steg.',
        'Every obstacle has someone responsible for the next step.',
        ['S10'],
      ),
      item(
        'quick-fixes',
        'Hinder som kan lösas direkt är överlämnade till rätt förvaltning.',
        'Obstacles that can be solved right away are handed to the right department.',
        ['S10'],
      ),
      item(
        'reported-back',
        'Företagen har fått veta vad som hände med hindren de tog upp.',
        'The businesses have been told what happened with the obstacles they raised.',
        ['I25'],
      ),
    ],
    editors: ['obstacles', 'visits', 'interviews'],
    completion: {
      sv: 'Alla kända hinder har en ansvarig, och de som kunde lösas direkt är lösta eller på väg.',
      en: 'All known obstacles have someone responsible, and those that could be solved right away are solved or under way.',
    },
    seedRefs: ['S10'],
  },
  {
    id: 'swot',
    phase: 'analysis',
    title: { sv: 'SWOT-analys', en: 'SWOT analysis' },
    guidance: {
      sv: 'Sammanfatta analysen i styrkor, svagheter, möjligheter och hot. Varje punkt bör gå att härleda till en källa, som ett besök, en intervju, en workshop eller statistik; annars är det en åsikt och inte en analys. Håll nere antalet punkter i varje ruta, så att det viktigaste syns. Lägg mest kraft på styrkorna, för programmet gör störst skillnad när det bygger vidare på det som redan fungerar.',
      en: 'Sum up the analysis in strengths, weaknesses, opportunities and threats. Every item should be traceable to a source, such as a visit, an interview, a workshop or statistics; otherwise it is an opinion and not an analysis. Keep the number of items in each box down, so that the most important ones stand out. Put most effort into the strengths, since the programme makes the biggest difference when it builds on what already works.',
    },
    checklist: [
      item('four-boxes', 'Alla fyra rutor är ifyllda.', 'All four boxes are filled in.', ['S01']),
      item('sources', 'Punkterna har källor angivna.', 'The items have their sources given.', [
        'S01',
      ]),
      item(
        'strengths',
        'De styrkor som programmet ska bygga på är markerade.',
        'The strengths the programme will build on are marked.',
        ['I18'],
      ),
      item(
        'discussed',
        'SWOT-analysen är diskuterad i arbetsgruppen eller en referensgrupp.',
        'The SWOT analysis has been discussed in the working group or a reference group.',
        ['S23', 'S24'],
      ),
    ],
    editors: ['swot', 'insights'],
    completion: {
      sv: 'SWOT-analysen är ifylld med källor, och styrkorna att bygga på är utpekade.',
      en: 'The SWOT analysis is filled in with sources, and the strengths to build on are marked.',
    },
    seedRefs: ['S01', 'I18'],
  },
  {
    id: 'development-areas',
    phase: 'analysis',
    title: { sv: 'Utvecklingsområden', en: 'Development areas' },
    guidance: {
      sv: 'Välj ut de svagheter och hinder som är viktigast att arbeta med, och beskriv dem som utvecklingsområden. Ett utvecklingsområde ska vara något som kommunen och dess partner kan påverka, inte en allmän beskrivning av läget. Koppla varje område till SWOT-analysen, så att det syns var det kommer ifrån. Oftast räcker det med tre till fem områden.',
      en: 'Pick the weaknesses and obstacles that matter most to work on, and describe them as development areas. A development area should be something the municipality and its partners can influence, not a general description of the situation. Link every area to the SWOT analysis, so that it shows where it comes from. Three to five areas are usually enough.',
    },
    checklist: [
      item(
        'chosen',
        'Utvecklingsområdena är valda och beskrivna.',
        'The development areas are chosen and described.',
        ['P17'],
      ),
      item(
        'linked',
        'Varje område är kopplat till punkter i SWOT-analysen.',
        'Every area is linked to items in the SWOT analysis.',
        ['P17', 'S01'],
      ),
      item(
        'influence',
        'Ni har bedömt att kommunen och partnerna kan påverka områdena.',
        'You have judged that the municipality and its partners can influence the areas.',
        ['F10'],
      ),
    ],
    editors: ['swot', 'analysisTexts'],
    completion: {
      sv: 'Tre till fem utvecklingsområden är beskrivna och kopplade till SWOT-analysen.',
      en: 'Three to five development areas are described and linked to the SWOT analysis.',
    },
    seedRefs: ['P17'],
  },
  {
    id: 'current-and-desired-state',
    phase: 'analysis',
    title: { sv: 'Nuläge och önskat läge', en: 'Current and desired state' },
    guidance: {
      sv: 'Beskriv kort hur det är i dag och hur det ska vara när programmet har gjort verkan, både för programmet som helhet och för varje tänkt fokusområde. Skillnaden mellan nuläget och det önskade läget är det som programmet ska åstadkomma, och den blir grunden för målen. Skriv det önskade läget så konkret att det går att avgöra om ni har kommit dit. Programmets nulägesanalys byggs sedan av SWOT, statistik, omvärldsanalys och de här beskrivningarna.',
      en: 'Describe briefly how things are today and how they should be when the programme has had its effect, both for the programme as a whole and for each planned focus area. The gap between the current and the desired state is what the programme is to achieve, and it becomes the basis for the goals. Write the desired state concretely enough to tell whether you have got there. The programme’s current-state analysis is then built from the SWOT, the statistics, the external analysis and these descriptions.',
    },
    checklist: [
      item(
        'programme-level',
        'Nuläge och önskat läge är beskrivna för programmet som helhet.',
        'The current and desired state are described for the programme as a whole.',
        ['S05'],
      ),
      item(
        'per-area',
        'Nuläge och nytt läge är beskrivna för varje tänkt fokusområde.',
        'The current and new state are described for each planned focus area.',
        ['S04'],
      ),
      item(
        'concrete',
        'Det önskade läget är så konkret att det går att följa upp.',
        'The desired state is concrete enough to be followed up.',
        ['S05', 'P03'],
      ),
      item(
        'analysis-section',
        'Programmets avsnitt om nulägesanalysen är utkastat.',
        'The programme’s current-state section is drafted.',
        ['P12'],
      ),
    ],
    editors: ['analysisTexts', 'focusAreas', 'programmeText'],
    completion: {
      sv: 'Både dagens läge och det läge ni vill nå är beskrivna, för programmet och för varje fokusområde, och nulägesavsnittet är utkastat.',
      en: 'The current and desired state exist for the programme and each focus area, and the current-state section is drafted.',
    },
    seedRefs: ['S04', 'S05', 'P12'],
  },
  {
    id: 'policy-check',
    phase: 'analysis',
    title: { sv: 'Avstämning mot policydokument', en: 'Policy check' },
    guidance: {
      sv: 'Gå igenom de policydokument som berör programmet, till exempel upphandlingspolicyn, landsbygdsprogrammet och miljömålen, och kontrollera att programmet inte säger emot dem. Anteckna för varje dokument att det är kontrollerat och om det finns någon konflikt. En konflikt som upptäcks nu kan lösas i dialog, medan en som en politiker upptäcker vid beslutet kan stoppa hela programmet. Avstämningen används också i tjänsteskrivelsens bedömning.',
      en: 'Go through the policy documents that concern the programme, for example the procurement policy, the rural programme and the environmental goals, and check that the programme does not contradict them. For each document, note that it has been checked and whether there is a conflict. A conflict found now can be resolved through dialogue, while one that a politician finds at the decision can stop the whole programme. The check is also used in the assessment of the committee memo.',
    },
    checklist: [
      item(
        'listed',
        'De policydokument som berörs är listade.',
        'The policy documents concerned are listed.',
        ['S07'],
      ),
      item(
        'checked',
        'Varje dokument är avstämt och markerat som kontrollerat.',
        'Every document is checked and marked as such.',
        ['S07'],
      ),
      item(
        'conflicts',
        'Eventuella konflikter är beskrivna och har en plan.',
        'Any conflicts are described and have a plan.',
        ['S07'],
      ),
    ],
    editors: ['steeringDocuments'],
    completion: {
      sv: 'Alla berörda policydokument är kontrollerade, och eventuella konflikter är lösta eller beskrivna för beslutsfattarna.',
      en: 'All policy documents concerned are checked, and any conflicts are resolved or described for the decision-makers.',
    },
    seedRefs: ['S07'],
  },
];
