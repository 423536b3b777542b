/** Builders of held credentials and CEU entries for the tests of this folder. */
import type { CeuEntry, HeldCredential } from '../model/entities';

const STAMP = '2025-01-01T00:00:00.000Z';

export function held(code: string, overrides: Partial<HeldCredential> = {}): HeldCredential {
  return {
    id: overrides.id ?? code.toLowerCase(),
    code,
    earnedOn: '2024-01-01',
    cycleStart: '2024-01-01',
    cycleEnd: '2025-12-31',
    history: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

let counter = 0;

export function entry(overrides: Partial<CeuEntry> & Pick<CeuEntry, 'credentialIds'>): CeuEntry {
  counter += 1;
  return {
    id: overrides.id ?? `e${String(counter).padStart(4, '0')}`,
    completedOn: '2024-06-01',
    title: `Course ${counter}`,
    provider: 'AAPC',
    ceus: 1,
    category: 'general',
    approvalCode: '',
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}
