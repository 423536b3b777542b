import { describe, expect, it } from 'vitest';
import { DRILL_DECK_MAX_CODES, drillDeckPlan } from './drillDeck';
import { buildHierarchy } from './hierarchy';
import { parseOrderFile } from './orderFile';
import { resolveScope } from './scope';
import { orderFile, SMALL_ROWS } from './testFiles';

describe('drill decks', () => {
  const parsed = parseOrderFile(orderFile(SMALL_ROWS), 2026);
  if (!parsed.ok) throw new Error('bad file');
  const data = parsed.data;
  const tree = buildHierarchy(data);
  const byCode = new Map(data.codes.map((c, i) => [c, i]));

  it('makes both directions of card for every valid code of the range, tagged with the ICD-10-CM domain', () => {
    const plan = drillDeckPlan(data, resolveScope('code:E112', data, tree, byCode)!);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.name).toBe('ICD-10-CM FY2026: E11.2 Type 2 diabetes mellitus with kidney complications');
    expect(plan.domainId).toBe('icd-10-cm');
    expect(plan.cards).toHaveLength(6);
    expect(plan.cards[2]).toEqual({
      front: 'Type 2 diabetes mellitus with diabetic chronic kidney disease', back: 'E11.22',
      tags: ['icd-10-cm', 'fy2026', 'description-to-code'], domainId: 'icd-10-cm', source: 'ICD-10-CM FY2026 (CMS order file)',
    });
    expect(plan.cards[3]).toMatchObject({ front: 'E11.22', back: 'Type 2 diabetes mellitus with diabetic chronic kidney disease' });
  });

  it('refuses a range without valid codes and one too large for a deck', () => {
    expect(drillDeckPlan(data, { label: 'E11', first: 0, end: 1 })).toEqual({ ok: false, message: 'E11 has no code valid for submission.' });
    const big = { ...data, billable: new Uint8Array(DRILL_DECK_MAX_CODES + 1).fill(1), codes: Array.from({ length: DRILL_DECK_MAX_CODES + 1 }, (_, i) => `S${i}`) };
    const plan = drillDeckPlan(big, { label: 'Chapter 19', first: 0, end: DRILL_DECK_MAX_CODES + 1 });
    expect(plan.ok || plan.message).toMatch(/1,001 valid codes; a deck takes at most 1,000/);
  });
});
