// Runs in: everywhere. Phase 5, Beslut: politicians kept on board, the consultation round and
// the decision track KSAU → KS → KF up to adoption.
import type { ProcessStep } from '../types';
import { item } from './item';

export const decisionSteps: readonly ProcessStep[] = [
  {
    id: 'politician-briefings',
    phase: 'decision',
    title: { sv: 'Politikerna med på tåget', en: 'Keeping the politicians on board' },
    guidance: {
      sv: 'Politikerna ska inte se programmet för första gången när det ligger på bordet i KSAU. Boka in korta dragningar regelbundet under hela processen, för ägaren och gärna för alla partier, och anteckna datum, deltagare och vad som togs upp. Ge dem ett kort underlag på en till två sidor, så att de själva kan förklara programmet för andra. Politiker som förstår programmet försvarar det också när det ifrågasätts.',
      en: 'The politicians should not see the programme for the first time when it is on the table at KSAU. Book short briefings regularly throughout the process, for the owner and ideally for all parties, and note the date, participants and what was raised. Give them a short paper of one to two pages, so that they can explain the programme to others themselves. Politicians who understand the programme also defend it when it is questioned.',
    },
    checklist: [
      item(
        'log',
        'Varje dragning är loggad med datum, deltagare och vad som togs upp.',
        'Every briefing is logged with date, participants and what was raised.',
        ['I09', 'A01'],
      ),
      item(
        'interval',
        'Det är bestämt hur ofta dragningar ska ske, så att påminnelsen fungerar.',
        'It is decided how often briefings take place, so that the reminder works.',
        ['I09'],
      ),
      item(
        'material',
        'Ett kort underlag för politiker är exporterat och använt.',
        'A short briefing paper for politicians is exported and used.',
        ['I30'],
      ),
      item(
        'all-parties',
        'Ni har tagit ställning till om alla partier ska få en dragning före beslutet.',
        'You have decided whether all parties get a briefing before the decision.',
        ['I09', 'A01'],
      ),
    ],
    editors: ['briefings', 'exports', 'stakeholders'],
    completion: {
      sv: 'Ägaren och de partier ni valt har fått en dragning inför beslutet, och den senaste dragningen är inte för gammal.',
      en: 'The owner and the parties you chose have been briefed before the decision, and the latest briefing is not too old.',
    },
    seedRefs: ['I09', 'I30', 'A01'],
  },
  {
    id: 'remiss',
    phase: 'decision',
    title: { sv: 'Remiss', en: 'Consultation round' },
    guidance: {
      sv: 'Skicka programförslaget på remiss till dem som berörs: förvaltningar, bolag, näringslivsorganisationer, grannkommuner och regionen. Ange sista svarsdag och vilka frågor ni särskilt vill ha svar på. Sammanställ svaren avsnitt för avsnitt med kommunens ställningstagande och vilken ändring som gjordes, och notera vilka som inte svarade. En omsorgsfull remissammanställning visar politikerna att synpunkterna har tagits på allvar.',
      en: 'Send the draft programme out for consultation to those concerned: departments, companies, business organisations, neighbouring municipalities and the region. Give a reply deadline and the questions you especially want answered. Compile the replies section by section with the municipality’s position and the change made, and note who did not reply. A careful consultation summary shows the politicians that the views were taken seriously.',
    },
    checklist: [
      item(
        'decision',
        'Beslutet att skicka förslaget på remiss är fattat och noterat.',
        'The decision to send the draft out for consultation is taken and recorded.',
        ['S26'],
      ),
      item(
        'instances',
        'Remissinstanserna är listade med sista svarsdag.',
        'The consultation bodies are listed with the reply deadline.',
        ['S26'],
      ),
      item(
        'answers',
        'Svaren är inlagda med ställningstagande och ändring.',
        'The replies are entered with position and change.',
        ['S26'],
      ),
      item(
        'summary',
        'Remissammanställningen är exporterad.',
        'The consultation summary is exported.',
        ['S26'],
      ),
    ],
    editors: ['remiss', 'stakeholders', 'cases', 'exports'],
    completion: {
      sv: 'Alla svar är behandlade, programmet är justerat och remissammanställningen är klar.',
      en: 'All replies are handled, the programme is adjusted and the consultation summary is ready.',
    },
    seedRefs: ['S26'],
  },
  {
    id: 'decision-track',
    phase: 'decision',
    title: { sv: 'Beslutsgången KSAU, KS och KF', en: 'The decision track: KSAU, KS and KF' },
    guidance: {
      sv: 'Ett program går normalt via kommunstyrelsens arbetsutskott och kommunstyrelsen till kommunfullmäktige. Varje steg behöver en tjänsteskrivelse med förslag till beslut, och handlingarna ska vara inlämnade i god tid före sammanträdet. Kontrollera att konsekvenserna är beskrivna, bland annat för ekonomi, barn och jämställdhet, och att beslutsunderlaget är komplett. Anteckna vilken version av programmet som gick till varje instans, så att du kan svara på frågor om det i efterhand.',
      en: 'A programme normally goes via the executive committee’s working committee and the executive board to the municipal council. Each stage needs a committee memo with a proposed decision, and the papers must be handed in well before the meeting. Check that the consequences are described, among others for finances, children and gender equality, and that the decision documents are complete. Note which version of the programme went to each body, so that you can answer questions about it afterwards.',
    },
    checklist: [
      item(
        'ksau',
        'Tjänsteskrivelsen till KSAU är skriven och inlämnad.',
        'The committee memo for KSAU is written and handed in.',
        ['S26'],
      ),
      item('ks', 'Ärendet är behandlat i KS.', 'The matter has been dealt with by KS.', ['S26']),
      item('kf', 'Ärendet är behandlat i KF.', 'The matter has been dealt with by KF.', ['S26']),
      item(
        'consequences',
        'Konsekvenserna är beskrivna i tjänsteskrivelsen.',
        'The consequences are described in the committee memo.',
        ['S26', 'S07'],
      ),
      item(
        'versions',
        'Det är noterat vilken version av programmet som gick till varje instans.',
        'It is noted which version of the programme went to each body.',
        ['S26'],
      ),
    ],
    editors: ['cases', 'meetingCalendar', 'exports'],
    completion: {
      sv: 'Ärendet har gått igenom KSAU och KS och ligger inför eller är behandlat i KF.',
      en: 'The matter has passed KSAU and KS and is before, or has been dealt with by, KF.',
    },
    seedRefs: ['S26'],
  },
  {
    id: 'adoption-and-launch',
    phase: 'decision',
    title: { sv: 'Fastställande och lansering', en: 'Adoption and launch' },
    guidance: {
      sv: 'När fullmäktige har antagit programmet antecknar du beslutsdatum och paragraf, och markerar programmet som gällande. Berätta om beslutet för alla som har varit med, tacka för deras bidrag och visa vad deras synpunkter ledde till. Planera en lansering mot företagen, till exempel på en företagsfrukost, och sätt igång de första aktiviteterna direkt så att något syns snabbt. Ett antaget program som ingen hör talas om igen tappar snabbt förtroendet.',
      en: 'When the council has adopted the programme, record the decision date and paragraph, and mark the programme as in force. Tell everyone who took part about the decision, thank them for their contribution and show what their views led to. Plan a launch towards businesses, for example at a business breakfast, and start the first actions at once so that something shows quickly. An adopted programme that nobody hears about again quickly loses trust.',
    },
    checklist: [
      item(
        'adopted',
        'Beslutsdatum och paragraf är inlagda.',
        'The decision date and paragraph are entered.',
        ['S26'],
      ),
      item(
        'thanks',
        'Alla som har deltagit har fått besked om beslutet.',
        'Everyone who took part has been told about the decision.',
        ['S09', 'I25'],
      ),
      item(
        'launch',
        'Lanseringen mot företagen är planerad.',
        'The launch towards businesses is planned.',
        ['S18', 'I28'],
      ),
      item(
        'first-actions',
        'De första aktiviteterna i handlingsplanen har kommit igång.',
        'The first actions of the action plan have started.',
        ['S25'],
      ),
    ],
    editors: ['cases', 'communication', 'actions'],
    completion: {
      sv: 'Programmet är antaget och lanserat, och de första aktiviteterna pågår.',
      en: 'The programme is adopted and launched, and the first actions are under way.',
    },
    seedRefs: ['S26'],
  },
];
