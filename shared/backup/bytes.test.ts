import fc from 'fast-check';
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, portableBase64ToBytes, portableBytesToBase64, sha256Hex } from './bytes';

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

describe('base64 in plain JavaScript and native (Uint8Array.fromBase64 / toBase64)', () => {
  const hasNative = typeof (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64 === 'function';
  const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=', ' ', '\n', '\t', '\f', '-', '_', 'é'];

  it('the plain JavaScript coder is RFC 4648 and strict', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
      expect(portableBytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(portableBase64ToBytes(portableBytesToBase64(bytes))).toEqual(new Uint8Array(bytes));
    }));
    expect(['Zg', 'Zm 9v', 'Zm9v\n', 'Zh==', '    '].map(portableBase64ToBytes)).toEqual([null, null, null, null, null]);
  });

  // Runs where the engine has the native coder (Chromium, recent Node): the fast path must accept and refuse
  // exactly what the plain one does, whitespace included (the native decoder would skip it).
  it.runIf(hasNative)('the native path accepts and refuses exactly what the plain one does', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((chars) => chars.join('')), (text) => {
      expect(base64ToBytes(text)).toEqual(portableBase64ToBytes(text));
    }), { numRuns: 20_000 });
  });
});

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digest of "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
