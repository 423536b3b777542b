import fc from 'fast-check';
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, sha256Hex } from './bytes';

describe('base64', () => {
  it('matches Node’s encoder and decodes back to the same bytes (RFC 4648)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 2000 },
    );
  });
  it('RFC 4648 test vectors', () => {
    const vectors = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foobar', 'Zm9vYmFy']] as const;
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base64ToBytes(encoded)!)).toBe(plain);
    }
  });
  it('refuses damaged text instead of guessing', () => {
    const bad = ['Zg', 'Zg=', 'Z===', 'Zm9v!', 'Zm 9v', 'Zm9v\n', '=Zm9', 'Zg==Zg==', 'Zh==', 'Zm9=', 'Zm8=Zm8=', 'Zm9vé'];
    expect(bad.map((t) => [t, base64ToBytes(t)])).toEqual(bad.map((t) => [t, null]));
  });
});

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digest of "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
