// Runs in: main process / Node. Sentence pieces for the demo's visit notes, obstacles and follow-ups.
// Placeholders: {företag} company, {ort} place, {kontakt} the person met, {anställda} staff,
// {n} {m2} {mkr} {p} {ålder} numbers. Sentences avoid abbreviations, so sentence starts can be capitalised safely.
import type { VisitTopicId } from '../../../../shared/domain/visitTopics';

export const visitPurposes: readonly string[] = [
  'Företagsbesök',
  'Uppföljningsbesök',
  'Nulägesdialog',
  'Besök med kommunstyrelsens ordförande',
  'Näringslivsfrukost på plats',
  'Samtal om expansionsplaner',
  'Samtal om kompetensförsörjning',
  'Rundvandring i produktionen',
  'Samtal inför generationsskifte',
  'Introduktionsbesök hos ny ägare',
];

export const openings: readonly string[] = [
  'Besök hos {företag} i {ort}. Vi träffade {kontakt}, som visade runt i verksamheten och berättade om året som gått.',
  'Träffade {kontakt} på {företag}. Stämningen var god och företaget har haft en stabil orderingång sedan i våras.',
  'Förmiddagsbesök på {företag}. Vi började med kaffe i lunchrummet och gick sedan runt i lokalerna tillsammans med {kontakt}.',
  'Uppföljande besök hos {företag} efter förra årets samtal. {kontakt} hade förberett en lista med frågor till kommunen.',
  'Första besöket hos {företag} sedan ägarbytet. {kontakt} berättade om planerna för de kommande tre åren.',
  'Kort besök på {företag} i samband med en rundtur i {ort}. Företaget har i dag {anställda}.',
  'Besöket gjordes tillsammans med kommunstyrelsens ordförande. {kontakt} tog emot oss och var tydlig med vad som fungerar och vad som inte gör det.',
  'Frukostmöte hos {företag} med {kontakt} och två av medarbetarna. Samtalet blev långt och öppet.',
  'Eftermiddagsbesök på {företag}. Det var full aktivitet i verksamheten, så vi satt i kontoret med {kontakt} i drygt en timme.',
];

export const genericContacts: readonly string[] = [
  'ägaren',
  'vd',
  'platschefen',
  'verksamhetschefen',
];

export const topicSentences: Record<VisitTopicId, readonly string[]> = {
  kompetensforsorjning: [
    'Största utmaningen är att hitta personal med rätt kompetens. Företaget söker just nu {n} medarbetare men får nästan inga behöriga sökande.',
    'Man har svårt att rekrytera svetsare och CNC-operatörer och funderar på att utbilda internt tillsammans med Lärcentrum.',
    'Vi diskuterade möjligheten att ta emot praktikanter från gymnasiets industriprogram och lärlingar via Arbetsförmedlingen.',
    'Flera av de äldre medarbetarna går i pension inom fem år, och kunskapen måste föras vidare i tid.',
    'Företaget är intresserat av en yrkeshögskoleutbildning på orten och kan tänka sig att sitta i ledningsgruppen.',
  ],
  lokaler_mark: [
    'Lokalerna är för trånga och man vill bygga ut med cirka {m2} kvadratmeter. {kontakt} frågade om det finns planlagd industrimark i närheten.',
    'Företaget hyr i dag av Exeby Industrifastigheter men vill på sikt äga sina lokaler.',
    'Det saknas lämpliga butikslokaler i centrum, och företaget har tittat på alternativ i grannkommunen.',
    'Man önskar besked om markanvisning på industriområdet i {ort} före årsskiftet.',
  ],
  tillstand: [
    'Bygglovsprocessen för tillbyggnaden upplevdes som lång och otydlig. Företaget vill ha en kontaktperson på samhällsbyggnadsförvaltningen.',
    'Miljötillståndet ska förnyas nästa år, och man är orolig för handläggningstiderna hos länsstyrelsen.',
    'Livsmedelskontrollen fungerar bra och inspektören får beröm för sitt pedagogiska bemötande.',
    'Frågan var hur man söker tillstånd för att ställa ut bord på torget under sommarhalvåret.',
  ],
  upphandling: [
    'Företaget har lämnat anbud i kommunens upphandlingar men tycker att kraven är anpassade för stora aktörer.',
    'Man önskar att kommunen delar upp upphandlingar i mindre delar, så att lokala företag kan lämna anbud.',
    'Jag tipsade om kommunens upphandlingsfrukost i höst, där upphandlingsenheten går igenom kommande upphandlingar.',
  ],
  infrastruktur: [
    'Vägen till industriområdet har dålig bärighet under tjällossningen, vilket stoppar tunga transporter i flera veckor varje vår.',
    'Kollektivtrafiken passar inte skiftarbetarnas tider. Flera anställda har inget annat val än att ta bilen.',
    'Godstrafik på järnvägen skulle kunna avlasta vägarna om lastplatsen i Exeby rustades upp.',
  ],
  bredband: [
    'Fiberutbyggnaden har ännu inte nått hela {ort}, och mobiltäckningen inne i verkstaden är svag.',
    'Företaget har digitaliserat orderhanteringen och vill gärna dela med sig av erfarenheterna till andra företag.',
    'Vi pratade om stöd för digitalisering, och jag berättade om Almis och Region Exempelläns program.',
  ],
  expansion: [
    'Man planerar att investera i en ny produktionslinje för omkring {mkr} miljoner kronor under de kommande två åren.',
    'Orderingången har ökat med {p} procent jämfört med förra året, och man behöver både fler medarbetare och större lager.',
    'Ägarna funderar på att öppna en filial i grannkommunen om det inte går att växa på orten.',
  ],
  generationsskifte: [
    'Ägaren är {ålder} år och har ännu ingen plan för vem som ska ta över. Barnen är inte intresserade av att driva företaget vidare.',
    'Ett generationsskifte pågår, där dottern gradvis tar över ansvaret för ekonomi och personal.',
    'Jag tipsade om Almis rådgivning kring ägarskiften och om nätverket för nya företagsägare.',
  ],
  export: [
    'Cirka {p} procent av omsättningen går i dag på export, främst till Norge och Tyskland.',
    'Företaget vill nå nya marknader i Norden och är intresserat av exportrådgivning.',
    'Valutaläget och höjda fraktkostnader har gjort exportaffärerna svårare det senaste halvåret.',
  ],
  hallbarhet: [
    'Man har installerat solceller på taket och planerar att byta till eldrivna truckar.',
    'Energikostnaderna har ökat kraftigt, och företaget vill veta mer om energikartläggning med stöd.',
    'Kunderna ställer allt högre krav på hållbarhetsredovisning, även från små underleverantörer.',
  ],
  finansiering: [
    'Banken har varit återhållsam med krediter till investeringen, så jag lämnade kontaktuppgifter till Almi.',
    'Vi diskuterade möjligheten att söka landsbygdsstöd genom länsstyrelsen för att bygga om ladugården.',
    'Företaget är intresserat av regionala utvecklingsmedel men tycker att ansökningsprocessen är krånglig.',
  ],
  natverk: [
    'Företaget är med i Exeby Företagarnätverk och uppskattar frukostmötena, men önskar fler träffar ute i byarna.',
    'Vi pratade om att samarbeta med två andra företag i {ort} kring gemensamma transporter.',
    '{kontakt} kan tänka sig att berätta om verksamheten på nästa näringslivsfrukost.',
  ],
  bostader: [
    'Nyanställda har svårt att hitta bostad i kommunen, särskilt hyresrätter i {ort}.',
    'Frågan var om Exebybostäder har planer på nybyggnation och hur kön fungerar för företagens nyanställda.',
  ],
  bemotande: [
    'Man upplever att kommunens bemötande har blivit bättre de senaste åren, men att det fortfarande tar lång tid att få svar på e-post.',
    'Företaget önskar en väg in till kommunen för företagsfrågor, i stället för att slussas mellan förvaltningarna.',
    'Man var nöjd med den snabba hanteringen av serveringstillståndet i våras.',
  ],
  skola_ungdomar: [
    'Företaget tar gärna emot prao-elever och var positivt till att vara mentorföretag för ett UF-företag.',
    'Man vill samarbeta med gymnasiet så att ungdomarna ser vilka jobb som finns på orten.',
    'Två av de anställda har gått fordonsprogrammet i Exeby, och företaget vill gärna ta emot fler lärlingar.',
  ],
};

export const closings: readonly string[] = [
  'Vi kom överens om att höras igen efter sommaren.',
  'Jag lovade att återkomma med kontaktuppgifter och besked i frågorna ovan.',
  'Ett mycket givande besök. Företaget är en viktig arbetsgivare för {ort}.',
  'Nästa besök planeras om ungefär ett år.',
  'Tack för kaffet och den öppna dialogen.',
];

export const obstaclesByTopic: Record<VisitTopicId, readonly string[]> = {
  kompetensforsorjning: [
    'Brist på utbildad personal inom industri och hantverk',
    'Svårt att rekrytera svetsare',
    'Ingen yrkesutbildning inom branschen på orten',
  ],
  lokaler_mark: [
    'Brist på planlagd industrimark',
    'Inga lediga butikslokaler i centrum',
    'Detaljplanen medger inte utbyggnad',
  ],
  tillstand: [
    'Lång handläggningstid för bygglov',
    'Otydlig process för miljötillstånd',
    'Svårt att veta vem på kommunen som ansvarar',
  ],
  upphandling: ['Upphandlingarna är för stora för lokala företag', 'Krångliga anbudsunderlag'],
  infrastruktur: [
    'Dålig bärighet på vägen under tjällossningen',
    'Kollektivtrafiken passar inte skifttiderna',
  ],
  bredband: ['Ingen fiber till industriområdet', 'Svag mobiltäckning'],
  expansion: ['Svårt att få finansiering för investeringen'],
  generationsskifte: ['Ingen efterträdare till ägaren'],
  export: ['Höga fraktkostnader', 'Saknar kunskap om exportregler'],
  hallbarhet: ['Höga energikostnader', 'Begränsad kapacitet i elnätet'],
  finansiering: ['Bankerna lånar ogärna ut till investeringar på landsbygden'],
  natverk: ['Få mötesplatser för företagare i byarna'],
  bostader: ['Brist på hyresbostäder för nyanställda'],
  bemotande: ['Långa svarstider från kommunen'],
  skola_ungdomar: ['Få unga söker sig till branschen'],
};

export const followUpsByTopic: Record<VisitTopicId, readonly string[]> = {
  kompetensforsorjning: [
    'Kontakta Arbetsförmedlingen om rekryteringsstöd.',
    'Förmedla kontakt med Lärcentrum om uppdragsutbildning.',
  ],
  lokaler_mark: [
    'Återkoppla om ledig industrimark i {ort}.',
    'Boka möte med mark- och exploateringsingenjören.',
  ],
  tillstand: [
    'Kolla med bygglovsenheten om handläggningstiden.',
    'Ordna ett gemensamt möte med miljö- och hälsoskydd.',
  ],
  upphandling: ['Skicka inbjudan till upphandlingsfrukosten.'],
  infrastruktur: ['Ta upp vägfrågan med Trafikverket och samhällsbyggnadschefen.'],
  bredband: ['Ta upp fiberfrågan med Exeby Energi AB.'],
  expansion: ['Boka möte med samhällsbyggnadschefen om expansionsplanerna.'],
  generationsskifte: ['Skicka kontaktuppgifter till Almi om ägarskifte.'],
  export: ['Förmedla kontakt med Region Exempelläns exportrådgivare.'],
  hallbarhet: ['Skicka information om stöd till energikartläggning.'],
  finansiering: ['Skicka kontaktuppgifter till Almi Företagspartner.'],
  natverk: ['Bjud in till nästa näringslivsfrukost.'],
  bostader: ['Ta upp bostadsfrågan med Exebybostäder.'],
  bemotande: ['Återkoppla till kommundirektören om svarstiderna.'],
  skola_ungdomar: ['Förmedla kontakt med gymnasiets UF-lärare.'],
};
