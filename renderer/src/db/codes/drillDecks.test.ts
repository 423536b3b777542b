import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { drillDeckPlan } from '../../../../shared/codeset/drillDeck';
import { buildHierarchy } from '../../../../shared/codeset/hierarchy';
import { parseOrderFile } from '../../../../shared/codeset/orderFile';
import { resolveScope } from '../../../../shared/codeset/scope';
import { orderFile, SMALL_ROWS } from '../../../../shared/codeset/testFiles';
import { CoderPathDb } from '../db';
import { drillDeckMark, openOrCreateDrillDeck } from './drillDecks';

let n = 0;
const freshDb = () => new CoderPathDb(`drill-decks-test-${++n}-${Date.now()}`);

describe('drill decks', () => {
  const parsed = parseOrderFile(orderFile(SMALL_ROWS), 2026);
  if (!parsed.ok) throw new Error('bad file');
  const data = parsed.data;
  const range = resolveScope('block:E08-E13', data, buildHierarchy(data), new Map(data.codes.map((c, i) => [c, i])))!;

  it('stores the deck and both cards of every valid code, in the ICD-10-CM domain; a second time opens the same deck', async () => {
    const database = freshDb();
    const plan = drillDeckPlan(data, range);
    if (!plan.ok) throw new Error(plan.message);
    const mark = drillDeckMark(2026, 'block:E08-E13');
    const first = await openOrCreateDrillDeck(plan, mark, database);
    expect(first.created).toBe(true);
    expect(first.deck).toMatchObject({ name: 'ICD-10-CM FY2026: E08-E13 Diabetes mellitus', domainId: 'icd-10-cm' });
    const cards = (await database.cards.toArray()).filter((c) => c.deckId === first.deck.id);
    expect(cards).toHaveLength(8);
    expect(cards.every((c) => c.domainId === 'icd-10-cm' && c.state === 'new')).toBe(true);
    expect(cards.map((c) => c.back)).toContain('E11.22');
    const again = await openOrCreateDrillDeck(plan, mark, database);
    expect(again).toEqual({ deck: first.deck, created: false });
    expect(await database.decks.count()).toBe(1);
  });
});
