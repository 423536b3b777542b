/**
 * CEU audit report of one credential's cycle (`#/ceus/report/:credentialId`, `?cycle=<end>` for a closed cycle):
 * what an auditor asks to see, laid out to print. "Save as PDF" goes through the platform (a save dialog on the
 * desktop, the print dialog in a browser). The numbers come from reportInput.ts (shared/ceu underneath).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { HeldCredential } from '../../../../../shared/model/entities';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { readRuleSettings } from '../../../db/ruleSettings';
import { db } from '../../../db/db';
import { formatDay, todayIso } from '../../../lib/dates';
import { errorMessage } from '../../../lib/errors';
import { platform } from '../../../platform';
import { AuditReportView } from './AuditReportView';
import { auditPdfName, prepareAuditReport, type ReportOutcome } from './reportInput';
import { useAuditPacket } from './useAuditPacket';
import './report.css';

const TITLE = 'CEU audit report';

function useReportData() {
  return useLiveQuery(async () => {
    const [held, entries, attachments, profile, ruleSettings] = await Promise.all([
      db.credentials.toArray(),
      db.ceuEntries.toArray(),
      // Only the names are shown; the files stay in the store.
      db.attachments.toArray().then((files) => files.map(({ entryId, fileName }) => ({ entryId, fileName }))),
      db.profile.get('profile'),
      readRuleSettings(),
    ]);
    return { held, entries, attachments, holderName: profile?.name ?? '', ruleSettings };
  }, []);
}

function BackLink() {
  return <Link to="/ceus" className="btn">Back to CEUs</Link>;
}

export default function AuditReportScreen() {
  const { credentialId = '' } = useParams();
  const [search] = useSearchParams();
  const cycleEnd = search.get('cycle');
  const data = useReportData();
  const today = todayIso();

  const outcome = useMemo(
    () => (data ? prepareAuditReport({ ...data, credentialId, cycleEnd, today }) : null),
    [data, credentialId, cycleEnd, today],
  );

  if (!outcome) return <p className="loading" role="status">Loading…</p>;

  if (outcome.kind === 'unknown-credential') {
    return (
      <>
        <ScreenHeader title={TITLE} actions={<BackLink />} />
        <div className="alert alert-danger" role="alert">
          <h2>Credential not found</h2>
          <p>There is no held credential with this address; it may have been deleted. <Link to="/ceus">Back to CEUs</Link></p>
        </div>
      </>
    );
  }
  if (outcome.kind !== 'report') {
    const message = outcome.kind === 'unknown-cycle'
      ? `${outcome.credential.code} has no closed cycle ending ${outcome.cycleEnd}.`
      : outcome.message;
    return (
      <>
        <ScreenHeader title={`${TITLE}: ${outcome.credential.code}`} actions={<BackLink />} />
        <div className="alert alert-danger" role="alert">
          <p>{message} <Link to="/ceus">Back to CEUs</Link></p>
        </div>
        <OtherCycles credential={outcome.credential} current={null} />
      </>
    );
  }

  return <ReportPage outcome={outcome} packetRequested={search.get('packet') === '1'} />;
}

/** The browser has no PDF writer of its own: its print dialog does it, once told to. */
const BROWSER_PDF_HINT = 'In the print dialog, choose “Save as PDF” as the printer.';

function ReportPage({ outcome, packetRequested }: { outcome: Extract<ReportOutcome, { kind: 'report' }>; packetRequested: boolean }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const { report, credential, closed } = outcome;
  const title = `${TITLE}: ${report.credential.code}`;
  const packet = useAuditPacket(report, title);
  // "Audit packet…" on the CEUs screen opens this page with ?packet=1: the packet is made once it has drawn.
  const started = useRef(false);
  useEffect(() => {
    if (!packetRequested || started.current) return;
    started.current = true;
    void packet.save();
  }, [packetRequested, packet]);
  const savePdf = async () => {
    setStatus(platform.kind === 'browser' ? BROWSER_PDF_HINT : '');
    setError('');
    try {
      const saved = await platform.savePageAsPdf(auditPdfName(report.credential.code, report.cycle));
      if (saved.saved) setStatus(`Saved: ${saved.where}`);
    } catch (e) {
      setError(`The PDF could not be saved: ${errorMessage(e)}`);
    }
  };

  return (
    <>
      <ScreenHeader
        title={title}
        description={`${formatDay(report.cycle.start)} – ${formatDay(report.cycle.end)}`}
        actions={
          <>
            <button type="button" className="btn-primary" onClick={() => void savePdf()}>Save as PDF</button>
            <button type="button" disabled={packet.busy} onClick={() => void packet.save()}>Audit packet…</button>
            <button type="button" onClick={() => window.print()}>Print</button>
            <BackLink />
          </>
        }
      />
      <div className="no-print" aria-live="polite">
        {platform.kind === 'browser' ? <p className="muted">Save as PDF opens the print dialog. {BROWSER_PDF_HINT}</p> : null}
        <p role="status">{packet.busy ? 'Making the audit packet…' : packet.status || status}</p>
        {error || packet.error ? <p className="alert alert-danger" role="alert">{error || packet.error}</p> : null}
        {!report.holder ? (
          <p className="muted">Your name is not in your profile yet: add it in <Link to="/settings">Settings</Link> so the report names you.</p>
        ) : null}
      </div>
      <AuditReportView report={report} closed={closed} excluded={outcome.excluded} otherCycleEntries={outcome.otherCycleEntries} />
      <OtherCycles credential={credential} current={closed ? closed.end : ''} />
    </>
  );
}

/** Links to the other cycles of the credential (screen only). `current`: '' for the current cycle. */
function OtherCycles({ credential, current }: { credential: HeldCredential; current: string | null }) {
  const closed = [...credential.history].sort((a, b) => (a.end < b.end ? 1 : -1));
  const links = [
    ...(credential.retiredOn || current === '' ? [] : [{ to: `/ceus/report/${credential.id}`, label: `Current cycle (${formatDay(credential.cycleStart)} – ${formatDay(credential.cycleEnd)})` }]),
    ...closed.filter((cycle) => cycle.end !== current).map((cycle) => ({
      to: `/ceus/report/${credential.id}?cycle=${cycle.end}`,
      label: `${formatDay(cycle.start)} – ${formatDay(cycle.end)} (closed)`,
    })),
  ];
  if (links.length === 0) return null;
  return (
    <nav className="no-print report-other-cycles" aria-label="Other cycles">
      <h2>Other cycles</h2>
      <ul>{links.map((link) => <li key={link.to}><Link to={link.to}>{link.label}</Link></li>)}</ul>
    </nav>
  );
}
