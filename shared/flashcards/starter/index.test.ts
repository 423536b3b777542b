import { describe, expect, it } from 'vitest';
import { checkCardDraft, checkDeckDraft } from '../drafts';
import { STARTER_DECKS } from './index';

const byId = (id: string) => STARTER_DECKS.find((d) => d.id === id)!;

describe('starter decks', () => {
  it('are valid decks whose every card passes the card rules and names its source', () => {
    for (const starter of STARTER_DECKS) {
      expect(() => checkDeckDraft(starter.deck)).not.toThrow();
      for (const card of starter.cards()) {
        const fields = checkCardDraft(card);
        expect(fields.source.length, `${starter.id}: ${card.front}`).toBeGreaterThan(10);
      }
    }
  });

  it('word parts: at least 150 cards, fronts unique', () => {
    const fronts = byId('starter-word-parts').cards().map((c) => c.front);
    expect(fronts.length).toBeGreaterThanOrEqual(150);
    expect(new Set(fronts).size).toBe(fronts.length);
  });

  it('HIPAA: the six code sets, each with what it covers, its maintainer and its updates', () => {
    const cards = byId('starter-hipaa-code-sets').cards();
    expect(cards.find((c) => c.front === 'Name the six HIPAA code sets.')!.back.split('; ')).toHaveLength(6);
    expect(cards.find((c) => c.front === 'Who maintains HCPCS Level II?')!.back).toContain('CMS');
  });

  it('ICD-10-CM chapters: both directions for all 22 chapters', () => {
    const cards = byId('starter-icd10cm-chapters').cards();
    expect(cards).toHaveLength(44);
    expect(cards.find((c) => c.front === 'ICD-10-CM chapter 9: which code range?')!.back).toBe('I00-I99 — Diseases of the circulatory system');
  });

  it('exam formats come from the catalog, unconfirmed facts said so', () => {
    const cards = byId('starter-exam-formats').cards();
    expect(cards.find((c) => c.front === 'CPC exam (AAPC): how many questions?')!.back).toContain('100');
    expect(cards.find((c) => c.front === 'CPC exam: how much time?')!.back).toBe('240 minutes (4 h)');
    expect(cards.find((c) => c.front === 'CCS exam: what is the pass mark?')!.back).toContain('not confirmed');
  });
});
