/** The countries demo users dial out from, how common each is, and what a minute costs there. */

export interface UsageLocation {
  /** ISO 3166 alpha-2. */
  code: string;
  /** Relative share of users whose home is here. */
  weight: number;
  /** Where users billed in euro live. */
  euro: boolean;
  /** Domestic per-minute rate, in 1/10000 of the currency unit. */
  domesticRate: number;
  /** Per-call connection fee, in 1/10000 of the currency unit. */
  connectionFee: number;
}

/** Sorted by code: rows of one user are ordered by this index. */
export const USAGE_LOCATIONS: readonly UsageLocation[] = [
  { code: 'AU', weight: 4, euro: false, domesticRate: 345, connectionFee: 0 },
  { code: 'BR', weight: 4, euro: false, domesticRate: 412, connectionFee: 150 },
  { code: 'CA', weight: 6, euro: false, domesticRate: 190, connectionFee: 0 },
  { code: 'DE', weight: 10, euro: true, domesticRate: 275, connectionFee: 0 },
  { code: 'FR', weight: 7, euro: true, domesticRate: 298, connectionFee: 120 },
  { code: 'GB', weight: 12, euro: false, domesticRate: 230, connectionFee: 0 },
  { code: 'IN', weight: 8, euro: false, domesticRate: 518, connectionFee: 250 },
  { code: 'JP', weight: 5, euro: false, domesticRate: 467, connectionFee: 0 },
  { code: 'NL', weight: 4, euro: true, domesticRate: 262, connectionFee: 0 },
  { code: 'US', weight: 40, euro: false, domesticRate: 180, connectionFee: 0 },
];

/** Per-minute rates of international destinations, in 1/10000 of the currency unit. */
export const INTERNATIONAL_RATES: readonly number[] = [845, 1150, 2400, 3690, 5125, 7980, 12000];

/** Picks a location index by weight from a 16-bit fraction. */
export function weightedLocation(fraction: number, candidates: readonly number[]): number {
  const weights = candidates.map((index) => USAGE_LOCATIONS[index].weight);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let point = (fraction * total) / 0x10000;
  for (let i = 0; i < candidates.length; i += 1) {
    point -= weights[i];
    if (point < 0) return candidates[i];
  }
  return candidates[candidates.length - 1];
}

/** Indices of every location. */
export const ALL_LOCATIONS: readonly number[] = USAGE_LOCATIONS.map((_, index) => index);

/** Indices of the locations billed in euro. */
export const EURO_LOCATIONS: readonly number[] = ALL_LOCATIONS.filter((index) => USAGE_LOCATIONS[index].euro);

/** The ISO 3166 code of a location index. */
export function locationCode(location: number): string {
  return USAGE_LOCATIONS[location].code;
}
