/**
 * Providers whose CEUs count toward AHIMA's 40% "from AHIMA resources" rule, recognised by the provider name on
 * an entry. Editable data: add a provider here (with where it was read) and nowhere else. A provider not
 * recognised can still be marked "AHIMA source" on the entry itself. See docs/ceu-rules.md, rule 1.
 */
import type { SourceRef } from './catalogTypes';

export interface AhimaSourceProvider extends SourceRef {
  name: string;
  /** Regular expression tested against the entry's provider, with its flags ('i': case ignored). */
  pattern: string;
  flags: 'i' | '';
}

const AHIMA_RECERT: SourceRef = {
  source: 'ahima.org, "Recertification": "AHIMA resources (including HCPro products, services, and family of brands) and/or the Component Associations"',
  checked: '2026-12',
};
const HCPRO_BRANDS: SourceRef = { source: 'acdis.org, "About ACDIS": ACDIS is an HCPro brand, with HCPro, DecisionHealth and NAHRI', checked: '2026-12' };

export const AHIMA_SOURCE_PROVIDERS: readonly AhimaSourceProvider[] = [
  { name: 'AHIMA', pattern: '\\bAHIMA\\b', flags: 'i', ...AHIMA_RECERT },
  { name: 'HCPro', pattern: '\\bHCPro\\b', flags: 'i', ...AHIMA_RECERT },
  { name: 'DecisionHealth', pattern: '\\bDecision ?Health\\b', flags: 'i', ...HCPRO_BRANDS },
  { name: 'ACDIS', pattern: '\\bACDIS\\b', flags: 'i', ...HCPRO_BRANDS },
  { name: 'NAHRI', pattern: '\\bNAHRI\\b', flags: 'i', ...HCPRO_BRANDS },
  // Component (state) associations: FHIMA, TxHIMA, NYHIMA... (capitals, so a name like "Ashima" is not one), or
  // "... Health Information (Management) Association".
  { name: 'A state component association (…HIMA)', pattern: '\\b[A-Za-z]{1,3}HIMA\\b', flags: '', ...AHIMA_RECERT },
  { name: 'A state health information (management) association', pattern: 'health information (management )?association', flags: 'i', ...AHIMA_RECERT },
];

/** The patterns as the catalog's `provider` match reads them. */
export const AHIMA_SOURCE_PATTERNS = AHIMA_SOURCE_PROVIDERS.map(({ pattern, flags }) => ({ pattern, flags }));

/** True when the provider's name is one of the recognised AHIMA sources (for the entry form's hint). */
export function isRecognisedAhimaSource(provider: string): boolean {
  return AHIMA_SOURCE_PROVIDERS.some(({ pattern, flags }) => new RegExp(pattern, flags).test(provider));
}
