import { completeNip } from '../company/nip.js';

/**
 * Names for the demo data, made from lists of parts so that forty and more companies and people
 * are all different and look like an accounting office's real clients.
 */

/** A small deterministic generator (mulberry32): the same demo on every fresh start. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const femaleFirst = [
  'Anna',
  'Katarzyna',
  'Magdalena',
  'Agnieszka',
  'Joanna',
  'Małgorzata',
  'Ewa',
  'Monika',
  'Dorota',
  'Beata',
  'Justyna',
  'Aleksandra',
  'Natalia',
  'Zofia',
  'Iwona',
  'Renata',
];
const maleFirst = [
  'Piotr',
  'Krzysztof',
  'Tomasz',
  'Paweł',
  'Michał',
  'Marcin',
  'Łukasz',
  'Grzegorz',
  'Jakub',
  'Andrzej',
  'Rafał',
  'Mirosław',
  'Wojciech',
  'Dariusz',
  'Sławomir',
  'Jerzy',
];
/** Surnames as [masculine, feminine]. */
const surnames: Array<[string, string]> = [
  ['Nowak', 'Nowak'],
  ['Kowalski', 'Kowalska'],
  ['Wiśniewski', 'Wiśniewska'],
  ['Wójcik', 'Wójcik'],
  ['Kamiński', 'Kamińska'],
  ['Lewandowski', 'Lewandowska'],
  ['Zieliński', 'Zielińska'],
  ['Szymański', 'Szymańska'],
  ['Woźniak', 'Woźniak'],
  ['Dąbrowski', 'Dąbrowska'],
  ['Kozłowski', 'Kozłowska'],
  ['Jankowski', 'Jankowska'],
  ['Mazur', 'Mazur'],
  ['Krawczyk', 'Krawczyk'],
  ['Piotrowski', 'Piotrowska'],
  ['Grabowski', 'Grabowska'],
  ['Pawłowski', 'Pawłowska'],
  ['Michalski', 'Michalska'],
  ['Król', 'Król'],
  ['Wróbel', 'Wróbel'],
  ['Jabłoński', 'Jabłońska'],
  ['Majewski', 'Majewska'],
  ['Olszewski', 'Olszewska'],
  ['Stępień', 'Stępień'],
  ['Malinowski', 'Malinowska'],
  ['Górski', 'Górska'],
  ['Sikora', 'Sikora'],
  ['Baran', 'Baran'],
  ['Rutkowski', 'Rutkowska'],
  ['Michalak', 'Michalak'],
  ['Śliwa', 'Śliwa'],
  ['Żak', 'Żak'],
];

/** `count` different people's names, half of them women's, surnames in the matching form. */
export function personNames(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const names = new Set<string>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  while (names.size < count) {
    const female = names.size % 2 === 0;
    const [masculine, feminine] = pick(surnames);
    names.add(female ? `${pick(femaleFirst)} ${feminine}` : `${pick(maleFirst)} ${masculine}`);
  }
  return [...names];
}

/** Trades a sole trader (KPiR or lump sum) runs under their own name. */
const soleTrades = [
  'Usługi Remontowe',
  'Gabinet Fizjoterapii',
  'Kwiaciarnia',
  'Biuro Tłumaczeń',
  'Warsztat Samochodowy',
  'Studio Fryzjerskie',
  'Pracownia Krawiecka',
  'Usługi Hydrauliczne',
  'Fotografia Ślubna',
  'Korepetycje i Kursy',
  'Usługi Elektryczne',
  'Gabinet Stomatologiczny',
];
/** Companies (sp. z o.o.): a line of business and a name of its own. */
const companyTrades = [
  'Piekarnia',
  'Hurtownia Spożywcza',
  'Transport Ciężarowy',
  'Drukarnia',
  'Stolarnia',
  'Agencja Reklamowa',
  'Przychodnia',
  'Zakład Mechaniczny',
  'Pracownia Architektoniczna',
  'Serwis Komputerowy',
];
const companyCores = [
  'Złoty Kłos',
  'Nadwiślanka',
  'Bursztyn',
  'Pod Lipami',
  'Sokół',
  'Zielony Dąb',
  'Kaszubska',
  'Tatrzańska',
  'Mazowsze',
  'Jantar',
  'Wisła',
  'Polana',
];

/**
 * The name of the demo company at `index` (0-based): every third one a sp. z o.o. of a trade and a
 * name (trades and names paired so none repeats), the others a sole trader's business with the
 * owner's name; every name differs from every other.
 */
export function companyName(index: number, owner: string, limited: boolean): string {
  if (limited) {
    const n = Math.floor(index / 3);
    const trade = companyTrades[n % companyTrades.length];
    const core = companyCores[(n * 5 + Math.floor(n / companyTrades.length)) % companyCores.length];
    return `${trade} ${core} sp. z o.o.`;
  }
  return `${soleTrades[index % soleTrades.length]} ${owner}`;
}

/** First three digits of NIPs as tax offices give them (Warszawa, Kraków, Gdańsk, Poznań, …). */
const taxOfficePrefixes = ['525', '526', '527', '113', '677', '583', '779', '951', '897', '634'];

/** `count` different valid NIPs (checksum included), spread over tax offices. */
export function demoNips(count: number, seed = 11): string[] {
  const random = seededRandom(seed);
  const nips = new Set<string>();
  while (nips.size < count) {
    const prefix = taxOfficePrefixes[Math.floor(random() * taxOfficePrefixes.length)];
    const rest = String(Math.floor(random() * 1_000_000)).padStart(6, '0');
    const nip = completeNip(`${prefix}${rest}`);
    if (nip) nips.add(nip);
  }
  return [...nips];
}
