/**
 * Shows a stored certificate in a dialog (a PDF in an <iframe>, an image in an <img>, from a blob: URL the CSP
 * allows) and saves it again through the platform (a save dialog on the desktop, a download in the browser).
 */
import { useEffect, useRef, useState } from 'react';
import type { Attachment } from '../../../../shared/model/entities';
import { errorMessage } from '../../lib/errors';
import { platform } from '../../platform';
import { certificateDisplay } from '../../../../shared/security/certificates';
import { certificateSaveFilter } from './entryFormValues';

export function CertificateViewer({ attachment, onClose }: { attachment: Attachment | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!attachment) {
      if (dialog?.open) dialog.close();
      return;
    }
    const display = certificateDisplay(attachment.mimeType);
    // Re-typed from the allow-list: whatever type the stored Blob carries, the frame can only be the PDF viewer and
    // the <img> only an image. Anything else is never given a URL (download only).
    const objectUrl = display === 'download' ? null : URL.createObjectURL(new Blob([attachment.data], { type: display === 'pdf' ? 'application/pdf' : attachment.mimeType.toLowerCase() }));
    setUrl(objectUrl);
    setMessage('');
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [attachment]);

  async function save() {
    if (!attachment) return;
    try {
      const outcome = await platform.saveFile({
        suggestedName: attachment.fileName.replace(/[\\/]/g, '_'),
        mimeType: attachment.mimeType,
        filters: [certificateSaveFilter(attachment)],
        contents: new Uint8Array(await attachment.data.arrayBuffer()),
      });
      setMessage(outcome.saved ? `Saved: ${outcome.where}.` : 'Not saved.');
    } catch (error) {
      setMessage(`The certificate could not be saved: ${errorMessage(error)}`);
    }
  }

  const display = attachment ? certificateDisplay(attachment.mimeType) : null;
  return (
    <dialog ref={ref} className="ceu-viewer" aria-labelledby="ceu-viewer-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {attachment ? (
        <>
          <h2 id="ceu-viewer-title">{attachment.fileName}</h2>
          {/* No sandbox attribute: Chromium refuses to draw a PDF in a sandboxed frame. The frame holds only the PDF
              viewer (re-typed Blob above), and the main process's will-frame-navigate guard stops it leaving. */}
          {url && display === 'pdf' ? <iframe src={url} title={`Certificate ${attachment.fileName}`} className="ceu-viewer-frame" referrerPolicy="no-referrer" /> : null}
          {url && display === 'image' ? <img src={url} alt={`Certificate ${attachment.fileName}`} className="ceu-viewer-image" /> : null}
          {display === 'download' ? <p className="alert">This file is not a PDF or an image CoderPath shows; download it to open it.</p> : null}
          <p className="muted" role="status">{message}</p>
          <div className="form-actions">
            <button type="button" onClick={() => void save()}>Download</button>
            <button type="button" className="btn-primary" onClick={onClose} autoFocus>Close</button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
