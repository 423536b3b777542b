/**
 * The web-platform globals shared/ may use: the ones both the renderer (Chromium) and Node 20+ provide. shared/ is
 * compiled without DOM or Node types (shared/tsconfig.json), so anything else (document, window, fs, Buffer,
 * process) is a compile error there; the renderer and Node bring their own, compatible declarations.
 */
export {};

declare global {
  interface BlobPropertyBag {
    type?: string;
  }
  interface Blob {
    readonly size: number;
    readonly type: string;
    arrayBuffer(): Promise<ArrayBuffer>;
    slice(start?: number, end?: number, contentType?: string): Blob;
    text(): Promise<string>;
  }
  var Blob: {
    prototype: Blob;
    new (parts?: readonly (ArrayBufferView<ArrayBuffer> | ArrayBuffer | Blob | string)[], options?: BlobPropertyBag): Blob;
  };

  interface TextEncoder {
    encode(input?: string): Uint8Array<ArrayBuffer>;
  }
  var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

  interface TextDecoder {
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  }
  var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

  /** Web Crypto, as far as shared/ uses it. */
  var crypto: {
    subtle: { digest(algorithm: 'SHA-256', data: ArrayBufferView<ArrayBuffer> | ArrayBuffer): Promise<ArrayBuffer> };
    randomUUID(): string;
  };
}
