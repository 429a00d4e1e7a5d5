// Runs in: main process / Node. The places of the example municipality "Exempelkommun".

export interface DemoPlace {
  name: string;
  postalCode: string;
  /** Relative share of the municipality's companies. */
  weight: number;
}

/** The centralort first, then the villages. The last two get no visits in the 'demo' size. */
export const demoPlaces: readonly DemoPlace[] = [
  { name: 'Exeby', postalCode: '891 30', weight: 40 },
  { name: 'Norrvik', postalCode: '891 50', weight: 10 },
  { name: 'Åsbacka', postalCode: '891 52', weight: 7 },
  { name: 'Lillsjö', postalCode: '891 54', weight: 6 },
  { name: 'Västerby', postalCode: '891 60', weight: 8 },
  { name: 'Östanå', postalCode: '891 62', weight: 5 },
  { name: 'Kvarnbo', postalCode: '891 70', weight: 5 },
  { name: 'Hällebro', postalCode: '891 72', weight: 5 },
  { name: 'Sörmyra', postalCode: '891 74', weight: 4 },
  { name: 'Björkede', postalCode: '891 80', weight: 4 },
  { name: 'Ängsjö', postalCode: '891 82', weight: 3 },
  { name: 'Råby', postalCode: '891 84', weight: 3 },
];

export const centralPlace = 'Exeby';
export const unreachedInDemo: readonly string[] = ['Ängsjö', 'Råby'];

export const streets: readonly string[] = [
  'Storgatan',
  'Kyrkogatan',
  'Skolgatan',
  'Järnvägsgatan',
  'Industrivägen',
  'Verkstadsvägen',
  'Sågverksvägen',
  'Hamnvägen',
  'Byvägen',
  'Kvarnvägen',
  'Ängsvägen',
  'Björkvägen',
  'Norra vägen',
  'Södra vägen',
  'Gamla landsvägen',
  'Torget',
  'Stationsvägen',
  'Älvvägen',
  'Smedjevägen',
  'Mejerivägen',
];

/** Genitive as in "Norrviks byalag" but "Åsbacka byalag": -s only after a consonant. */
export function placeGenitive(name: string): string {
  return /[aeiouyåäös]$/i.test(name) ? name : `${name}s`;
}

/** Phone numbers from the ranges PTS reserves for fiction, so no real person is ever called. */
export const fictionPhone = {
  mobile: (n: number) => `070-174 06 ${String(5 + (n % 95)).padStart(2, '0')}`,
  landline: (n: number) => `0980-319 2${String(n % 100).padStart(2, '0')}`,
};
