// Runs in: everywhere. The sections of the exported programme (DOCUMENTS.md §2), in print order.
// Subsections carry `parent`. Tydlighet (P15) is no section of its own: it is a check over the
// whole text (the clarity-check step and the 'unclear-text' health check).
import type { DocumentSection } from './types';

export const documentSections: readonly DocumentSection[] = [
  {
    id: 'background',
    title: { sv: 'Inledning och bakgrund', en: 'Introduction and background' },
    seedRefs: ['P01'],
  },
  {
    id: 'why',
    title: { sv: 'Varför ett näringslivsprogram?', en: 'Why a business programme?' },
    seedRefs: ['P08', 'I02'],
  },
  {
    id: 'vision-and-steering',
    title: {
      sv: 'Koppling till vision och andra styrdokument',
      en: 'Link to the vision and other steering documents',
    },
    seedRefs: ['P02', 'S06'],
  },
  {
    id: 'current-state',
    title: { sv: 'Nulägesanalys', en: 'Current-state analysis' },
    seedRefs: ['P12', 'S01', 'S02', 'S03', 'S05'],
  },
  {
    id: 'development-areas',
    title: { sv: 'Utvecklingsområden', en: 'Development areas' },
    parent: 'current-state',
    seedRefs: ['P17'],
  },
  {
    id: 'shared-goal-picture',
    title: { sv: 'Gemensam målbild', en: 'Shared goal picture' },
    seedRefs: ['P05', 'I03'],
  },
  {
    id: 'focus-areas',
    title: { sv: 'Prioriterade fokusområden', en: 'Priority focus areas' },
    seedRefs: ['P10', 'S04', 'I07', 'I17', 'I18'],
  },
  {
    id: 'goals',
    title: { sv: 'Mål på kort och lång sikt', en: 'Short- and long-term goals' },
    parent: 'focus-areas',
    seedRefs: ['P03', 'P04', 'S22', 'I06', 'I08', 'F12'],
  },
  {
    id: 'concrete-steps',
    title: { sv: 'Konkreta steg', en: 'Concrete steps' },
    parent: 'focus-areas',
    seedRefs: ['P07', 'S25'],
  },
  {
    id: 'sustainability',
    title: { sv: 'Hållbarhet och Agenda 2030', en: 'Sustainability and Agenda 2030' },
    parent: 'focus-areas',
    seedRefs: ['P18'],
  },
  {
    id: 'roles',
    title: { sv: 'Roll- och ansvarsfördelning', en: 'Roles and responsibilities' },
    seedRefs: ['P06', 'I04', 'I19', 'I31'],
  },
  { id: 'timeline', title: { sv: 'Tidslinje', en: 'Timeline' }, seedRefs: ['P09', 'S16'] },
  {
    id: 'long-term',
    title: {
      sv: 'Långsiktighet och programperiod',
      en: 'Long-term perspective and programme period',
    },
    seedRefs: ['P14'],
  },
  {
    id: 'regional',
    title: {
      sv: 'Regionalt och mellankommunalt samarbete',
      en: 'Regional and inter-municipal cooperation',
    },
    seedRefs: ['P11', 'A13'],
  },
  { id: 'brand', title: { sv: 'Varumärke', en: 'Place brand' }, seedRefs: ['P13'] },
  {
    id: 'communication-plan',
    title: { sv: 'Kommunikationsplan', en: 'Communication plan' },
    seedRefs: ['P16', 'S18'],
  },
  {
    id: 'follow-up',
    title: { sv: 'Uppföljning', en: 'Follow-up' },
    seedRefs: ['P19', 'I38', 'F11', 'F14'],
  },
];
