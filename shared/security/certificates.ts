/**
 * What a certificate may be: the file types CoderPath keeps and shows, and its size cap. Applied when a file is
 * attached (entry form) and when a backup is restored (the backup's attachment records), so no other type is ever
 * stored; the viewer still decides by type, for data stored before this list existed.
 */
export const CERTIFICATE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/heic', 'image/heif'] as const;

export const CERTIFICATE_MAX_BYTES = 25 * 1024 * 1024;

/** For messages: "PDF, PNG, JPEG, WebP or HEIC". */
export const CERTIFICATE_TYPES_TEXT = 'PDF, PNG, JPEG, WebP or HEIC';

export function isCertificateType(mimeType: string): boolean {
  return (CERTIFICATE_TYPES as readonly string[]).includes(mimeType.toLowerCase());
}

/**
 * How the viewer shows a stored file: a PDF in a frame (its bytes re-typed as PDF, so the frame can only ever be
 * the PDF viewer), an allowed image in an <img>, anything else (an HTML or SVG file from older data) never as a
 * document: download only.
 */
export function certificateDisplay(mimeType: string): 'pdf' | 'image' | 'download' {
  const type = mimeType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  return isCertificateType(type) ? 'image' : 'download';
}
