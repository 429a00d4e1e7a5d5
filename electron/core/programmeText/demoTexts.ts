// Runs in: main process / Node. The example municipality's programme text (Swedish, made up).
// One sentence in the current-state text is long on purpose, and one word is officialese, so the
// clarity check has something to show in the demo.

export const demoSectionTexts: Record<string, string> = {
  background:
    'Exempelkommun har haft ett näringslivsprogram sedan 2010-talet. Det gällande programmet löper ut, och kommunstyrelsen gav kommundirektören i uppdrag att ta fram ett nytt.\n\nDet här programmet har vuxit fram under ett år av företagsbesök, intervjuer och workshoppar i centralorten och i byarna. Drygt hundra företag har bidragit med sina erfarenheter.',
  'vision-and-steering':
    'Programmet utgår från kommunens vision och från översiktsplanen. Det ska också stödja den regionala utvecklingsstrategin för Exempellän, särskilt målen om kompetensförsörjning och digital infrastruktur.',
  'current-state':
    'Exempelkommun har många små företag inom trä, tillverkning, besöksnäring och service, och få stora arbetsgivare. Företagen är nöjda med kontakten med kommunen men tycker att handläggningen av bygglov och tillstånd tar för lång tid, och många har svårt att hitta personal med rätt utbildning, särskilt inom industri, vård och bygg, vilket gör att de tackar nej till uppdrag och skjuter upp investeringar som annars skulle ha gett fler jobb i kommunen.\n\nI dagsläget saknas lediga verksamhetslokaler i de mindre orterna.',
  'development-areas':
    'Tre saker behöver bli bättre: att hitta personal, att få snabba besked från kommunen och att det finns mark och lokaler när ett företag vill växa.',
  'shared-goal-picture':
    'Målbilden togs fram tillsammans med företagare, politiker och tjänstepersoner. Den beskriver kommunen som vi vill att den ska vara när programperioden är slut, och alla insatser i programmet ska föra oss närmare den.',
  timeline:
    'Det första året läggs grunden: arbetssätt för snabbare handläggning och ett gemensamt arbete med skolorna. Under år två och tre växer insatserna för mark och lokaler. Det sista året utvärderas programmet inför nästa revidering.',
  'long-term':
    'Programmet gäller i fyra år, men flera mål sträcker sig längre. Kompetensförsörjning och mark för etablering tar tid, och därför följer vi dem även efter programperioden.',
  regional:
    'Vi samarbetar med Region Exempellän om kompetensförsörjning och digital infrastruktur, och med grannkommunerna om en gemensam företagsmässa och om etableringsfrågor. Näringslivscheferna i länet träffas varannan månad.',
  brand:
    'Exempelkommun ska vara känd som en plats där det är nära till allt: till naturen, till beslutsfattarna och till andra företagare. Företagen är våra bästa ambassadörer.',
  'communication-plan':
    'Programmet och resultaten berättas i nyhetsbrevet till företagen fyra gånger per år, på frukostmöten och på kommunens webbplats. Politikerna får en lägesrapport varje halvår.',
  'follow-up':
    'Programmet följs upp varje kvartal av näringslivsenheten och en gång per år i kommunstyrelsen. Vid uppföljningen går vi igenom målen, aktiviteterna och vad vi har lärt oss.',
};

export const demoMeta = {
  revisedBy: 'Kommunstyrelsen, inför varje ny mandatperiod',
  followedUpBy: 'Näringslivsenheten, årlig rapport till kommunstyrelsen',
};

/** How many of the roles table's first rows are confirmed, and how long ago (days). */
export const demoConfirmedRoles = [40, 25, 12, 5];
