import { describe, expect, it } from 'vitest';
import { entry, held } from './fixtures';
import { computeRequirements } from './requirements';
import { deadlineWarnings, shouldNotify } from './warnings';

const heldList = [held('CPC'), held('CRC')];

function warningsOn(today: string, ceus: number, specialty = 0) {
  const entries = [entry({ credentialIds: ['cpc', 'crc'], ceus, completedOn: '2024-02-01' })];
  if (specialty) entries.push(entry({ credentialIds: ['crc'], ceus: specialty, category: 'specialty', specialtyCode: 'CRC', completedOn: '2024-02-02' }));
  return deadlineWarnings(computeRequirements({ held: heldList, entries, today }));
}

describe('deadline warnings: deadline within 90 days and the pace falls short (CEU engine issue)', () => {
  it('says what is missing and by when', () => {
    const [warning] = warningsOn('2025-11-01', 30, 3);
    expect(warning).toMatchObject({ key: 'AAPC:2025-12-31', severity: 'behind', daysLeft: 60, needed: 7 });
    expect(warning?.missingParts).toEqual([{ label: 'CRC specialty CEUs', missing: 5 }]);
    expect(warning?.message).toBe(
      'CPC + CRC (AAPC): 7 CEUs still needed by 31 December 2025 (in 60 days). Missing: 5 CRC specialty CEUs. About 3.5 CEUs a month from now.',
    );
  });

  it('no warning more than 90 days before the deadline, even when behind', () => {
    expect(warningsOn('2025-10-01', 5)).toEqual([]);
    expect(warningsOn('2025-10-02', 5)).toHaveLength(1); // 90 days left
  });

  it('no warning when on track or complete', () => {
    expect(warningsOn('2025-11-01', 39, 8)).toEqual([]); // on track: 39 of 40 with 60 days left
    expect(warningsOn('2025-12-15', 40, 8)).toEqual([]);
  });

  it('an overdue cycle keeps warning until it is complete or rolled over', () => {
    const [warning] = warningsOn('2026-01-10', 30, 8);
    expect(warning).toMatchObject({ severity: 'overdue', daysLeft: -10, needed: 2 });
    expect(warning?.message).toMatch(/^CPC \+ CRC \(AAPC\): 2 CEUs were still needed by 31 December 2025 \(10 days ago\)/);
  });
});

describe('shouldNotify: once a week while the warning lasts', () => {
  it('notifies the first time', () => expect(shouldNotify(undefined, '2025-11-01')).toBe(true));
  it('not again within 7 days', () => {
    expect(shouldNotify('2025-11-01', '2025-11-01')).toBe(false);
    expect(shouldNotify('2025-11-01', '2025-11-07')).toBe(false);
  });
  it('again after 7 days', () => expect(shouldNotify('2025-11-01', '2025-11-08')).toBe(true));
  it('when the stored date is in the future (clock changed)', () => expect(shouldNotify('2026-01-01', '2025-11-08')).toBe(true));
});
