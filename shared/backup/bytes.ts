/**
 * Bytes ↔ base64 and SHA-256, with no Node or DOM-only APIs so the same code runs in the renderer and in Node.
 * The decoder is strict on purpose: a certificate whose text was damaged must be reported, not half-decoded.
 *
 * Where the engine has the standard `Uint8Array.fromBase64` / `toBase64` (Chromium 140+, so the app's Electron;
 * not Node 20) they are used: a heavy backup carries 40 MB of certificates, which the loops below take about a
 * second to decode in the renderer and the native code a tenth of that. Same results either way (see
 * `base64ToBytes`).
 */

interface NativeBase64 {
  fromBase64?: (text: string, options: { alphabet: 'base64'; lastChunkHandling: 'strict' }) => Uint8Array<ArrayBuffer>;
}
interface NativeToBase64 {
  toBase64?: () => string;
}
const nativeFromBase64 = (Uint8Array as unknown as NativeBase64).fromBase64;
const nativeToBase64 = (Uint8Array.prototype as unknown as NativeToBase64).toBase64;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (ch) => ch.charCodeAt(0));
const PAD = 61; // '='

/** Standard base64 (RFC 4648, `+/`, `=` padding, no line breaks). */
export function bytesToBase64(bytes: Uint8Array): string {
  return nativeToBase64 ? nativeToBase64.call(bytes) : portableBytesToBase64(bytes);
}

/** `bytesToBase64` in plain JavaScript (Node 20, older engines). */
export function portableBytesToBase64(bytes: Uint8Array): string {
  // Write ASCII codes into a byte buffer and decode it once: far faster than growing a string for large files.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = ALPHABET_CODES[(n >> 18) & 63]!;
    out[o++] = ALPHABET_CODES[(n >> 12) & 63]!;
    out[o++] = i + 1 < bytes.length ? ALPHABET_CODES[(n >> 6) & 63]! : PAD;
    out[o++] = i + 2 < bytes.length ? ALPHABET_CODES[n & 63]! : PAD;
  }
  return new TextDecoder().decode(out);
}

function sextet(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? (LOOKUP[code] ?? -1) : -1;
}

function paddingOf(text: string): number {
  return text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
}

/** Decodes strict standard base64; returns null for anything else (bad characters, bad length or padding). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!nativeFromBase64) return portableBase64ToBytes(text);
  if (text.length % 4 !== 0) return null;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // 'strict': padding required, the bits it hides must be zero; anything outside the alphabet throws.
    bytes = nativeFromBase64(text, { alphabet: 'base64', lastChunkHandling: 'strict' });
  } catch {
    return null;
  }
  // The native decoder skips ASCII whitespace, which this format refuses: any skipped character leaves at least
  // one group of four out, so the length tells.
  return bytes.length === (text.length / 4) * 3 - paddingOf(text) ? bytes : null;
}

/** `base64ToBytes` in plain JavaScript (Node 20, older engines); the reference the native path must match. */
export function portableBase64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const pad = paddingOf(text);
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const c0 = sextet(text, i);
    const c1 = sextet(text, i + 1);
    const c2 = sextet(text, i + 2);
    const c3 = sextet(text, i + 3);
    if (c0 < 0 || c1 < 0) return null;
    if (last && pad > 0) {
      // Padding is only allowed at the very end, and the bits it hides must be zero (canonical form).
      if (pad === 2 && (text[i + 2] !== '=' || (c1 & 15) !== 0)) return null;
      if (pad === 1 && (c2 < 0 || (c2 & 3) !== 0)) return null;
    } else if (c2 < 0 || c3 < 0) {
      return null;
    }
    const n = (c0 << 18) | (c1 << 12) | (Math.max(c2, 0) << 6) | Math.max(c3, 0);
    out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Lower-case hex SHA-256 of the bytes, via Web Crypto (browsers and Node 20). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
