import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('CPC exam', 24)).toEqual(['CPC exam']);
  });

  it('breaks between words so no line is longer than the limit', () => {
    expect(wrapLabel('CPC and CRC CEU cycle ends', 16)).toEqual(['CPC and CRC CEU', 'cycle ends']);
    expect(wrapLabel('CPC, CRC and COC CEU cycle ends', 12)).toEqual(['CPC, CRC and', 'COC CEU', 'cycle ends']);
  });

  it('gives a word longer than the limit a line of its own, and an empty label one empty line', () => {
    expect(wrapLabel('a Supercalifragilistic b', 8)).toEqual(['a', 'Supercalifragilistic', 'b']);
    expect(wrapLabel('  ', 8)).toEqual(['']);
  });
});
