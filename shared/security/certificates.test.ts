import { describe, expect, it } from 'vitest';
import { certificateDisplay, isCertificateType } from './certificates';

describe('certificate types', () => {
  it('keeps PDF, PNG, JPEG, WebP and HEIC; refuses HTML, SVG and everything else', () => {
    for (const type of ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/heic', 'IMAGE/PNG']) expect(isCertificateType(type)).toBe(true);
    for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'image/gif', 'application/octet-stream', '']) expect(isCertificateType(type)).toBe(false);
  });

  it('never shows HTML or SVG as a document: only PDFs get a frame, only allowed images an <img>', () => {
    expect(certificateDisplay('application/pdf')).toBe('pdf');
    expect(certificateDisplay('image/webp')).toBe('image');
    expect(certificateDisplay('image/heic')).toBe('image');
    expect(certificateDisplay('text/html')).toBe('download');
    expect(certificateDisplay('image/svg+xml')).toBe('download');
  });
});
