/**
 * "Audit packet…" on the audit report: one zip with the report (PDF from the desktop's main process, or this page
 * as HTML in a browser), every counted entry's certificate and a CSV of the entries, saved through the platform.
 */
import { useState } from 'react';
import { buildAuditPacket } from '../../../../../shared/audit/packet';
import type { AuditReport } from '../../../../../shared/ceu/auditReport';
import { readPacketFiles } from '../../../db/auditPacket';
import { errorMessage } from '../../../lib/errors';
import { platform } from '../../../platform';
import { auditPdfName } from './reportInput';

/** The report as shown, as one standalone HTML file: the app's styles inlined, the screen's buttons left out. */
export function reportPageHtml(title: string): string {
  const css = [...document.styleSheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return []; // a sheet the page may not read
      }
    })
    .join('\n');
  const main = document.getElementById('main')?.cloneNode(true) as HTMLElement | undefined;
  main?.querySelectorAll('.no-print, .screen-actions, .sample-banner, nav').forEach((node) => node.remove());
  const escaped = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escaped}</title>\n<style>\n${css}\n</style>\n</head>\n<body>\n${main?.innerHTML ?? ''}\n</body>\n</html>\n`;
}

export function packetName(report: Pick<AuditReport, 'credential' | 'cycle'>): string {
  return auditPdfName(report.credential.code, report.cycle).replace('-audit-', '-audit-packet-').replace(/\.pdf$/, '.zip');
}

export function useAuditPacket(report: AuditReport, title: string) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const save = async () => {
    setBusy(true);
    setStatus('');
    setError('');
    try {
      const pdfName = auditPdfName(report.credential.code, report.cycle);
      const pdf = await platform.pagePdf();
      const reportFile = pdf ? { name: pdfName, contents: pdf } : { name: pdfName.replace(/\.pdf$/, '.html'), contents: reportPageHtml(title) };
      const files = await readPacketFiles(report);
      const zip = buildAuditPacket({ report: reportFile, ...files });
      const saved = await platform.saveFile({
        suggestedName: packetName(report),
        mimeType: 'application/zip',
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
        contents: new Uint8Array(zip),
      });
      const missing = report.missingCertificateEntryIds.length;
      const note = missing > 0 ? ` ${missing} counted ${missing === 1 ? 'entry has' : 'entries have'} no certificate yet.` : '';
      if (saved.saved) setStatus(`Audit packet saved: ${saved.where} (${files.certificates.length} certificates).${note}`);
    } catch (e) {
      setError(`The audit packet could not be saved: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, error, save };
}
