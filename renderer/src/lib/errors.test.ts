import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('gives an Error its own message, without the "Error:" prefix', () => {
    expect(errorMessage(new Error('The disk is full.'))).toBe('The disk is full.');
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });

  it('shows anything else thrown as text', () => {
    expect(errorMessage('QuotaExceededError')).toBe('QuotaExceededError');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
