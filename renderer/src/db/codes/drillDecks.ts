/**
 * FSRS drill decks made from a part of the code set, stored through the flashcards feature's db functions (one
 * transaction for the deck and its cards). A deck made from a range is marked with it (`starterId`), so making it
 * again opens the one there instead of a copy.
 */
import type { DrillDeckPlan } from '../../../../shared/codeset/drillDeck';
import type { Deck } from '../../../../shared/model/entities';
import { db, type CoderPathDb } from '../db';
import { addDeckWithCards } from '../flashcards';

/** The mark of a deck made from one range of one year (`icd-10-cm:2026:block:E08-E13`). */
export function drillDeckMark(year: number, scope: string): string {
  return `icd-10-cm:${year}:${scope}`;
}

export async function findDrillDeck(mark: string, database: CoderPathDb = db): Promise<Deck | undefined> {
  return database.decks.filter((d) => d.starterId === mark).first();
}

/** The deck of the range: the one made before, or a new one with every card of the plan. */
export async function openOrCreateDrillDeck(
  plan: Extract<DrillDeckPlan, { ok: true }>,
  mark: string,
  database: CoderPathDb = db,
): Promise<{ deck: Deck; created: boolean }> {
  const existing = await findDrillDeck(mark, database);
  if (existing) return { deck: existing, created: false };
  const { deck } = await addDeckWithCards(
    { name: plan.name, description: plan.description, domainId: plan.domainId, starterId: mark },
    plan.cards,
    database,
  );
  return { deck, created: true };
}
