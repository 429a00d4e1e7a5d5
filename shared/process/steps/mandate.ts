// Runs in: everywhere. Phase 1, Uppdrag och förankring: who owns the programme, who leads the
// work, who takes part, and how people hear about it from day one.
import { actorCategories } from '../../domain/actorCategories';
import type { SeedId } from '../seedIds';
import type { ProcessStep } from '../types';
import { item } from './item';

const actorItems = actorCategories.map((c) =>
  item(
    `actor-${c.id.replace(/_/g, '-')}`,
    `${c.sv} – vem är det i vår kommun?`,
    `${c.en} – who is this in our municipality?`,
    [c.seedRef as SeedId],
  ),
);

export const mandateSteps: readonly ProcessStep[] = [
  {
    id: 'owner-and-mandate',
    phase: 'mandate',
    title: { sv: 'Ägare och uppdrag', en: 'Owner and commission' },
    guidance: {
      sv: 'Börja med att reda ut vem som äger programmet politiskt, oftast kommunstyrelsen eller ett av dess utskott, och vad uppdraget faktiskt säger. Skriv ner uppdraget med egna ord och notera datum och diarienummer eller paragraf för beslutet, så att du kan hänvisa till det när arbetet ifrågasätts. Ett program utan tydlig ägare blir lätt en tjänstemannaprodukt som ingen politiker känner ansvar för. Saknas ett formellt uppdrag är det bättre att be om ett nu än att upptäcka bristen när programmet ska beslutas.',
      en: 'Start by establishing who owns the programme politically, usually the municipal executive board or one of its committees, and what the commission actually says. Write the commission down in your own words and note the date and reference number or minute paragraph of the decision, so that you can point to it when the work is questioned. A programme without a clear owner easily becomes an officials’ product that no politician feels responsible for. If there is no formal commission, it is better to ask for one now than to discover the gap when the programme is up for decision.',
    },
    checklist: [
      item(
        'political-owner',
        'Den politiska ägaren (nämnd eller utskott) är angiven.',
        'The political owner (board or committee) is named.',
        ['S08'],
      ),
      item(
        'commission-text',
        'Uppdraget är formulerat i klartext: vad ska tas fram, till när och för vem.',
        'The commission is written in plain words: what is to be produced, by when and for whom.',
        ['I01'],
      ),
      item(
        'decision-reference',
        'Beslutet bakom uppdraget är noterat med datum och diarienummer eller paragraf.',
        'The decision behind the commission is recorded with its date and reference number or paragraph.',
        ['S08'],
      ),
      item(
        'owner-contact',
        'Ni har kommit överens med ägaren om hur och hur ofta politikerna ska hållas informerade.',
        'You have agreed with the owner how and how often the politicians are to be kept informed.',
        ['S08', 'I09'],
      ),
      item(
        'resource-frame',
        'Det är känt hur mycket tid och pengar processen får ta.',
        'It is known how much time and money the process may use.',
        ['I10'],
      ),
    ],
    editors: ['mandate', 'cases'],
    completion: {
      sv: 'Ägare, uppdragstext och beslutsreferens är ifyllda, och ägaren har bekräftat att uppdraget är rätt uppfattat.',
      en: 'Owner, commission text and decision reference are filled in, and the owner has confirmed that the commission is correctly understood.',
    },
    seedRefs: ['S08', 'I01'],
  },
  {
    id: 'process-leader',
    phase: 'mandate',
    title: { sv: 'Processledare med mandat', en: 'Process leader with a mandate' },
    guidance: {
      sv: 'Utse en person som leder processen och gör mandatet uttalat: vad får processledaren bestämma själv, och vad ska lyftas till ägaren? Det är processledaren som kallar till möten, håller tidplanen och ser till att saker blir gjorda, så rollen behöver både avsatt tid och stöd från chefen. Fundera på om en extern processledare ska leda vissa workshoppar, så att du själv kan delta som kommunens företrädare. En vanlig fallgrop är att flera delar på rollen utan att någon har sista ordet.',
      en: 'Appoint one person to lead the process and make the mandate explicit: what may the process leader decide alone, and what goes to the owner? The process leader calls meetings, keeps the timeline and makes sure things get done, so the role needs both dedicated time and backing from management. Consider whether an external facilitator should lead some workshops, so that you can take part as the municipality’s representative. A common pitfall is that several people share the role and nobody has the final say.',
    },
    checklist: [
      item(
        'leader-named',
        'Processledaren är utsedd och namngiven.',
        'The process leader is appointed and named.',
        ['S21', 'I33'],
      ),
      item(
        'mandate-source',
        'Mandatet är nedskrivet, liksom vem som har gett det.',
        'The mandate is written down, together with who gave it.',
        ['S21', 'I21'],
      ),
      item(
        'decision-limits',
        'Det är klart vad processledaren bestämmer själv och vad som går till ägaren.',
        'It is clear what the process leader decides alone and what goes to the owner.',
        ['I21'],
      ),
      item(
        'external-facilitator',
        'Ni har tagit ställning till om en extern processledare behövs för delar av arbetet.',
        'You have decided whether an external facilitator is needed for parts of the work.',
        ['A14'],
      ),
      item(
        'status-routine',
        'Processledaren går igenom stegens status i översikten minst en gång i månaden.',
        'The process leader reviews the status of the steps on the overview at least once a month.',
        ['I33'],
      ),
    ],
    editors: ['mandate', 'stakeholders'],
    completion: {
      sv: 'Processledaren är namngiven, mandatet och dess källa är dokumenterade och berörda chefer känner till dem.',
      en: 'The process leader is named, the mandate and its source are documented and the managers concerned know about them.',
    },
    seedRefs: ['S21', 'I21', 'I33'],
  },
  {
    id: 'purpose-and-why',
    phase: 'mandate',
    title: { sv: 'Vad vill vi och varför?', en: 'What do we want, and why?' },
    guidance: {
      sv: 'Beskriv med några meningar vad programmet ska åstadkomma och varför det behövs just nu i just er kommun. Skriv för två läsare: kollegan i förvaltningen och företagaren som undrar vad programmet betyder för henne. Texten återkommer i kommunikationen, i tjänsteskrivelsen och i programmets inledning, så tiden du lägger på den är väl använd. Om ni inte kan förklara varför utan fackord behöver syftet diskuteras mer innan ni går vidare.',
      en: 'Describe in a few sentences what the programme is meant to achieve and why it is needed now, in your municipality. Write for two readers: the colleague in the administration and the business owner who wonders what the programme means for her. The text returns in communication, in the committee memo and in the programme’s introduction, so time spent on it is well used. If you cannot explain the why without jargon, the purpose needs more discussion before you move on.',
    },
    checklist: [
      item(
        'purpose-statement',
        'Syftet är formulerat på högst en halv sida.',
        'The purpose is written on half a page at most.',
        ['S11'],
      ),
      item(
        'why-stated',
        'Det står uttryckligen varför programmet behövs.',
        'It is stated explicitly why the programme is needed.',
        ['S11', 'P08'],
      ),
      item(
        'why-internal',
        'Det finns en formulering av varför som riktar sig till kollegor i kommunen.',
        'There is a version of the why aimed at colleagues in the municipality.',
        ['I02'],
      ),
      item(
        'why-external',
        'Det finns en formulering av varför som riktar sig till företag och invånare.',
        'There is a version of the why aimed at businesses and residents.',
        ['I02'],
      ),
    ],
    editors: ['purpose', 'communication'],
    completion: {
      sv: 'Syfte och varför är skrivna, lästa av ägaren och klara att användas i kommunikationen.',
      en: 'Purpose and why are written, read by the owner and ready to be used in communication.',
    },
    seedRefs: ['S11', 'I02', 'P08'],
  },
  {
    id: 'actors',
    phase: 'mandate',
    title: { sv: 'Vilka aktörer ska vara med?', en: 'Which actors should take part?' },
    guidance: {
      sv: 'Gå igenom aktörskategorierna en i taget och fråga: vem är det här hos oss? Skriv in namn även om listan blir ofullständig, för en tom kategori påminner om att en grupp saknar röst i arbetet. Markera nyckelaktörerna och dem som verkligen brinner för frågorna, eftersom det ofta är de som bär arbetet när det blir tungt. Glöm inte orterna utanför centralorten; byalag, föreningar och kyrkan når ofta människor som kommunen annars missar.',
      en: 'Go through the actor categories one at a time and ask: who is this in our municipality? Enter names even if the list is incomplete, since an empty category is a reminder that a group has no voice in the work. Mark the key actors and those who really care about the issues, since they are often the ones who carry the work when it gets heavy. Do not forget the villages outside the main town; village associations, clubs and the church often reach people the municipality otherwise misses.',
    },
    checklist: [
      ...actorItems,
      item(
        'key-actors',
        'Nyckelaktörer och eldsjälar är markerade.',
        'Key actors and champions are marked.',
        ['A15'],
      ),
      item(
        'whole-municipality',
        'Aktörerna täcker kommunens olika orter och byar, inte bara centralorten.',
        'The actors cover the different towns and villages of the municipality, not only the main town.',
        ['A16'],
      ),
    ],
    editors: ['stakeholders', 'companies'],
    completion: {
      sv: 'Varje kategori har minst en aktör eller är medvetet lämnad tom, och nyckelaktörerna är markerade.',
      en: 'Every category has at least one actor or is left empty on purpose, and the key actors are marked.',
    },
    seedRefs: [
      'A01',
      'A02',
      'A03',
      'A04',
      'A05',
      'A06',
      'A07',
      'A08',
      'A09',
      'A10',
      'A11',
      'A12',
      'A13',
      'A14',
      'A15',
      'A16',
    ],
  },
  {
    id: 'working-group',
    phase: 'mandate',
    title: { sv: 'Arbetsgrupp', en: 'Working group' },
    guidance: {
      sv: 'Sätt ihop en arbetsgrupp som är liten nog att träffas ofta men bred nog att ha kontakt med de viktigaste delarna av kommunen och näringslivet. Välj personer efter vad de kan bidra med och vilka de når, inte efter titel. Jämför gruppens sammansättning med aktörskategorierna och se vilka perspektiv som saknas. Bestäm redan från början hur gruppen fattar beslut och var besluten antecknas.',
      en: 'Put together a working group small enough to meet often but broad enough to be in touch with the most important parts of the municipality and the business community. Choose people for what they can contribute and whom they reach, not for their title. Compare the group’s composition with the actor categories and see which perspectives are missing. Decide from the start how the group makes decisions and where they are recorded.',
    },
    checklist: [
      item(
        'members',
        'Medlemmarna är inlagda med roll och organisation.',
        'The members are entered with role and organisation.',
        ['S23'],
      ),
      item(
        'composition',
        'Sammansättningen är jämförd med aktörskategorierna, och luckor är åtgärdade eller förklarade.',
        'The composition is compared with the actor categories, and gaps are filled or explained.',
        ['I22'],
      ),
      item(
        'meeting-plan',
        'Det finns en mötesplan för arbetsgruppen.',
        'There is a meeting plan for the working group.',
        ['S23'],
      ),
      item(
        'decision-log',
        'Det är bestämt hur gruppens beslut dokumenteras.',
        'It is decided how the group’s decisions are documented.',
        ['S23'],
      ),
    ],
    editors: ['groups', 'stakeholders', 'meetings'],
    completion: {
      sv: 'Arbetsgruppen är tillsatt, har träffats minst en gång och dess beslut antecknas.',
      en: 'The working group is set up, has met at least once and its decisions are recorded.',
    },
    seedRefs: ['S23', 'I22'],
  },
  {
    id: 'reference-groups',
    phase: 'mandate',
    title: { sv: 'Referensgrupper från näringslivet', en: 'Business reference groups' },
    guidance: {
      sv: 'Referensgrupper ger företagen en plats i arbetet utan att de behöver sitta med på varje möte. Bjud in företagare från olika branscher, storlekar och delar av kommunen, och var tydlig med vad deras synpunkter används till. Anteckna vad grupperna säger och berätta sedan vad som hände med det, annars slutar folk att komma. Ett företagsnätverk eller näringslivsråd som redan finns kan ofta vara referensgrupp, så att ni slipper starta en ny.',
      en: 'Reference groups give businesses a place in the work without having to attend every meeting. Invite business owners from different industries, sizes and parts of the municipality, and be clear about what their views are used for. Note what the groups say and then tell them what happened with it, otherwise people stop coming. An existing business network or business council can often act as a reference group, so you need not start a new one.',
    },
    checklist: [
      item(
        'group-formed',
        'Minst en referensgrupp med företagare är bildad.',
        'At least one reference group of business owners is formed.',
        ['S24', 'I23'],
      ),
      item(
        'spread',
        'Gruppen speglar olika branscher, företagsstorlekar och orter.',
        'The group reflects different industries, company sizes and localities.',
        ['A04', 'A16'],
      ),
      item(
        'role-explained',
        'Deltagarna vet vad deras synpunkter används till.',
        'The participants know what their views are used for.',
        ['S24'],
      ),
      item(
        'input-logged',
        'Gruppens synpunkter antecknas och deltagarna får återkoppling.',
        'The group’s input is recorded and the participants get feedback.',
        ['I23'],
      ),
    ],
    editors: ['groups', 'stakeholders', 'meetings', 'insights'],
    completion: {
      sv: 'Referensgruppen har träffats, dess synpunkter finns antecknade och nästa träff är bokad.',
      en: 'The reference group has met, its input is recorded and the next meeting is booked.',
    },
    seedRefs: ['S24', 'I23'],
  },
  {
    id: 'anchoring',
    phase: 'mandate',
    title: { sv: 'Förankring internt och externt', en: 'Anchoring inside and outside' },
    guidance: {
      sv: 'Förankring betyder att de som berörs får veta, tycka till och känna igen sig före beslutet, inte att de informeras efteråt. Gör en lista över vilka som behöver förankras: förvaltningar, kommunala bolag, de politiska partierna, näringslivsorganisationer och regionala aktörer. Anteckna vid varje tillfälle vem ni talade med, hur det gick till och vilken reaktion ni fick. Loggen är ditt stöd den dag någon säger att de aldrig blev tillfrågade.',
      en: 'Anchoring means that those affected get to know, give their views and recognise themselves before the decision, not that they are informed afterwards. List who needs to be anchored: departments, municipal companies, the political parties, business organisations and regional actors. At each occasion, note whom you talked to, how it was done and what reaction you got. The log backs you up the day someone says they were never asked.',
    },
    checklist: [
      item(
        'who-list',
        'Det finns en lista över vilka som ska förankras, internt och externt.',
        'There is a list of who is to be anchored, inside and outside.',
        ['S09'],
      ),
      item(
        'internal',
        'Berörda förvaltningar och kommunala bolag har fått tycka till.',
        'The departments and municipal companies concerned have given their views.',
        ['S09', 'A10', 'A11'],
      ),
      item(
        'external',
        'Näringslivsorganisationer och regionala aktörer har fått tycka till.',
        'Business organisations and regional actors have given their views.',
        ['S09', 'A06', 'A13'],
      ),
      item(
        'log-kept',
        'Varje förankringstillfälle är loggat med datum, form och reaktion.',
        'Every anchoring occasion is logged with date, form and reaction.',
        ['I05'],
      ),
    ],
    editors: ['anchoringLog', 'stakeholders'],
    completion: {
      sv: 'Alla på förankringslistan har fått tycka till minst en gång, och det finns i loggen.',
      en: 'Everyone on the anchoring list has given their views at least once, and it is in the log.',
    },
    seedRefs: ['S09', 'I05'],
  },
  {
    id: 'communication-plan',
    phase: 'mandate',
    title: { sv: 'Kommunikationsplan från start', en: 'Communication plan from the start' },
    guidance: {
      sv: 'Gör kommunikationsplanen nu och inte när programmet är klart, för människor behöver veta att arbetet pågår för att vilja delta. Bestäm vilka målgrupper ni vänder er till, till exempel företag, politiker, medarbetare och allmänhet, och anpassa budskapen: företagare vill veta vad som händer och vad det ger dem, inte läsa om processen. Använd flera kanaler, som nyhetsbrev, lokaltidningen, sociala medier, företagsfrukostar och egna besök. Planera också in var kommunen ska synas och delta, som mässor, föreningsmöten och branschträffar.',
      en: 'Make the communication plan now and not when the programme is finished, since people need to know the work is going on to want to take part. Decide which audiences you address, for example businesses, politicians, staff and the public, and adapt the messages: business owners want to know what is happening and what it gives them, not read about the process. Use several channels, such as newsletters, the local paper, social media, business breakfasts and your own visits. Also plan where the municipality will be visible and take part, such as fairs, association meetings and industry events.',
    },
    checklist: [
      item(
        'plan-exists',
        'Det finns en kommunikationsplan som processledaren har godkänt.',
        'There is a communication plan approved by the process leader.',
        ['S18', 'I24', 'P16'],
      ),
      item(
        'audiences',
        'Målgrupperna är bestämda, och varje insats har en målgrupp.',
        'The audiences are decided, and every item has an audience.',
        ['I26'],
      ),
      item(
        'business-messages',
        'Budskapen till företagen utgår från vad de har nytta av.',
        'The messages to businesses start from what is useful to them.',
        ['I26'],
      ),
      item(
        'channels',
        'Minst tre olika kanaler är planerade.',
        'At least three different channels are planned.',
        ['I27'],
      ),
      item(
        'visibility',
        'Tillfällen där kommunen syns och deltar är inlagda.',
        'Occasions where the municipality is visible and takes part are entered.',
        ['I28'],
      ),
      item(
        'why-reused',
        'Programmets varför finns med i budskapen.',
        'The programme’s why is part of the messages.',
        ['I02'],
      ),
    ],
    editors: ['communication'],
    completion: {
      sv: 'Planen har målgrupper, kanaler och de första insatserna med datum, och den första insatsen är genomförd.',
      en: 'The plan has audiences, channels and the first items with dates, and the first item has been carried out.',
    },
    seedRefs: ['S18', 'I24', 'I26', 'I27', 'I28', 'P16'],
  },
  {
    id: 'digital-tools',
    phase: 'mandate',
    title: { sv: 'Digitala verktyg och kanaler', en: 'Digital tools and channels' },
    guidance: {
      sv: 'Bestäm vilka digitala verktyg som ska användas, till exempel en enkät, digitala dialogmöten eller en webbsida om programmet. Digitala lösningar når dem som inte hinner komma på möten, men de ersätter inte samtalet med företagen. Tänk på personuppgifter och tillgänglighet när ni väljer verktyg. Enkätsvar kan importeras som CSV-fil, så att de hamnar bredvid besök och intervjuer.',
      en: 'Decide which digital tools will be used, for example a survey, digital dialogue meetings or a web page about the programme. Digital solutions reach those who cannot make it to meetings, but they do not replace talking with businesses. Consider personal data and accessibility when choosing tools. Survey answers can be imported as a CSV file, so that they sit next to visits and interviews.',
    },
    checklist: [
      item(
        'tools-chosen',
        'De digitala verktygen är valda och noterade i kommunikationsplanen.',
        'The digital tools are chosen and noted in the communication plan.',
        ['S19'],
      ),
      item(
        'survey',
        'Ni har tagit ställning till en enkät till företagen.',
        'You have decided whether to send a survey to businesses.',
        ['S19', 'I34'],
      ),
      item(
        'personal-data',
        'Det är kontrollerat hur verktygen hanterar personuppgifter.',
        'It is checked how the tools handle personal data.',
        ['S19'],
      ),
    ],
    editors: ['communication', 'imports'],
    completion: {
      sv: 'De valda verktygen står i planen, och den som ansvarar för vart och ett är utsedd.',
      en: 'The chosen tools are in the plan, and someone is responsible for each of them.',
    },
    seedRefs: ['S19'],
  },
  {
    id: 'timeline',
    phase: 'mandate',
    title: { sv: 'Tidplan', en: 'Timeline' },
    guidance: {
      sv: 'Räkna baklänges från det sammanträde i kommunfullmäktige där programmet ska antas. Lägg in KSAU, KS och KF med sista dag för handlingar, och lägg in remisstiden, som ofta är sex till åtta veckor. Planera analys, dialog och skrivande med marginal för semestrar och budgetarbetet. Tidplanen blir också tidslinjen i programmet, så uppdatera den när något flyttas.',
      en: 'Count backwards from the council meeting where the programme is to be adopted. Enter KSAU, KS and KF with the deadline for papers, and add the consultation period, which is often six to eight weeks. Plan analysis, dialogue and writing with margins for holidays and the budget work. The timeline also becomes the timeline in the programme, so update it when something moves.',
    },
    checklist: [
      item(
        'milestones',
        'Milstolparna för analys, dialog, skrivande, remiss och beslut är inlagda.',
        'The milestones for analysis, dialogue, writing, consultation and decision are entered.',
        ['S16', 'I11'],
      ),
      item(
        'committee-dates',
        'Sammanträdesdatum för KSAU, KS och KF och sista dag för handlingar är inlagda.',
        'The meeting dates of KSAU, KS and KF and the deadlines for papers are entered.',
        ['S16', 'S26'],
      ),
      item(
        'margin',
        'Tidplanen har marginal för semestrar och remisstid.',
        'The timeline has margins for holidays and the consultation period.',
        ['I11'],
      ),
      item(
        'shared',
        'Arbetsgruppen och ägaren har fått tidplanen.',
        'The working group and the owner have received the timeline.',
        ['S16', 'P09'],
      ),
    ],
    editors: ['timeline', 'meetingCalendar'],
    completion: {
      sv: 'Tidplanen går från start till beslut i KF, och ägaren har godkänt den.',
      en: 'The timeline runs from the start to the council decision, and the owner has approved it.',
    },
    seedRefs: ['S16', 'I11', 'P09'],
  },
  {
    id: 'kick-off',
    phase: 'mandate',
    title: { sv: 'Kick off', en: 'Kick-off' },
    guidance: {
      sv: 'En kick off visar att arbetet har börjat och ger deltagarna en gemensam bild av varför och hur. Bjud in brett: politiker, företagare, arbetsgruppen och andra nyckelaktörer. Ha ett tydligt program, låt ägaren berätta varför programmet är viktigt och låt deltagarna arbeta, inte bara lyssna. Anteckna vad som kom fram och skicka en kort sammanfattning till alla efteråt.',
      en: 'A kick-off shows that the work has started and gives the participants a shared picture of why and how. Invite broadly: politicians, business owners, the working group and other key actors. Have a clear agenda, let the owner explain why the programme matters and let the participants work, not just listen. Note what came up and send a short summary to everyone afterwards.',
    },
    checklist: [
      item(
        'invited',
        'Politiker, företag och nyckelaktörer är inbjudna.',
        'Politicians, businesses and key actors are invited.',
        ['S12', 'A01', 'A15'],
      ),
      item(
        'agenda',
        'Det finns en dagordning med syfte och tidplan.',
        'There is an agenda with the purpose and the timeline.',
        ['I12'],
      ),
      item('participants', 'Deltagarna är registrerade.', 'The participants are registered.', [
        'S12',
      ]),
      item(
        'outcomes',
        'Det som kom fram är antecknat, och en sammanfattning är skickad.',
        'What came up is noted, and a summary has been sent.',
        ['I12'],
      ),
    ],
    editors: ['meetings', 'stakeholders', 'insights', 'communication'],
    completion: {
      sv: 'Mötet är genomfört, deltagarna och resultatet är registrerade och sammanfattningen är skickad.',
      en: 'The kick-off has taken place, the participants and outcomes are recorded and the summary has been sent.',
    },
    seedRefs: ['S12', 'I12'],
  },
];
