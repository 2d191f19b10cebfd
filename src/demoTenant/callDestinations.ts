/** Country names and dialling codes for the demo tenant's call log (destinationName, calleeNumber). */
import { USAGE_LOCATIONS } from './usageLocations';

interface Destination {
  name: string;
  /** ITU dialling code without the plus. */
  dialCode: string;
}

/** By ISO 3166 code: every usage location, plus countries users call abroad. */
const DESTINATIONS: Record<string, Destination> = {
  AU: { name: 'Australia', dialCode: '61' },
  BR: { name: 'Brazil', dialCode: '55' },
  CA: { name: 'Canada', dialCode: '1' },
  DE: { name: 'Germany', dialCode: '49' },
  FR: { name: 'France', dialCode: '33' },
  GB: { name: 'United Kingdom', dialCode: '44' },
  IN: { name: 'India', dialCode: '91' },
  JP: { name: 'Japan', dialCode: '81' },
  NL: { name: 'Netherlands', dialCode: '31' },
  US: { name: 'United States', dialCode: '1' },
  MX: { name: 'Mexico', dialCode: '52' },
  SG: { name: 'Singapore', dialCode: '65' },
  ZA: { name: 'South Africa', dialCode: '27' },
  AE: { name: 'United Arab Emirates', dialCode: '971' },
  CH: { name: 'Switzerland', dialCode: '41' },
};

/** Countries an International call of a user in `homeCode` may go to: every one but home. */
export function abroadFrom(homeCode: string): string[] {
  return Object.keys(DESTINATIONS).filter((code) => code !== homeCode);
}

/** The destination of a usage location index. */
export function destinationOfLocation(location: number): Destination & { code: string } {
  const code = USAGE_LOCATIONS[location].code;
  return { code, ...(DESTINATIONS[code] as Destination) };
}

/** The destination of an ISO code from `abroadFrom`. */
export function destinationOfCode(code: string): Destination & { code: string } {
  return { code, ...(DESTINATIONS[code] as Destination) };
}
