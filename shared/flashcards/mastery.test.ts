import { describe, expect, it } from 'vitest';
import { masteryByDomain, masteryPercent } from './mastery';

const cards = [
  { domainId: 'medical-terminology', stability: 30 },
  { domainId: 'medical-terminology', stability: 21 },
  { domainId: 'medical-terminology', stability: 20.9 },
  { domainId: 'medical-terminology', stability: 0 },
  { domainId: 'icd-10-cm', stability: 2 },
  { stability: 400 },
  { domainId: '', stability: 400 },
];

describe('masteryByDomain', () => {
  it('is the share of a domain’s cards with stability at or over 21 days; new cards count as not mastered', () => {
    expect(masteryByDomain(cards)).toEqual([
      { domainId: 'icd-10-cm', cards: 1, mastered: 0, share: 0 },
      { domainId: 'medical-terminology', cards: 4, mastered: 2, share: 0.5 },
    ]);
  });

  it('lists an exam’s domains in order, with no-card domains as null (not 0%), and ignores other domains', () => {
    const rows = masteryByDomain(cards, ['anatomy-physiology', 'medical-terminology']);
    expect(rows).toEqual([
      { domainId: 'anatomy-physiology', cards: 0, mastered: 0, share: null },
      { domainId: 'medical-terminology', cards: 4, mastered: 2, share: 0.5 },
    ]);
    expect(rows.map(masteryPercent)).toEqual([null, 50]);
  });

  it('takes another threshold', () => {
    expect(masteryByDomain(cards, ['medical-terminology'], 1)[0]!.mastered).toBe(3);
  });

  it('is empty without cards or domains', () => {
    expect(masteryByDomain([])).toEqual([]);
  });
});
