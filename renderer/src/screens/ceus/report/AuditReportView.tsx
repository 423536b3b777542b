/** The printable body of an audit report: facts, parts, counted entries, totals by category, exclusions. */
import type { AuditReport } from '../../../../../shared/ceu/auditReport';
import { CEU_CATEGORY_LABELS } from '../../../../../shared/ceu/auditReport';
import type { CycleStatus } from '../../../../../shared/ceu/requirements';
import type { ClosedCycle } from '../../../../../shared/model/entities';
import { formatDay } from '../../../lib/dates';
import type { ExcludedRow } from './reportInput';

const STATUS_TEXT: Record<CycleStatus, string> = {
  complete: 'Complete',
  'on-track': 'On track',
  behind: 'Behind',
  overdue: 'Overdue',
};

/** "2.25", "36": at most two decimals, no trailing zeros. */
export function ceus(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function Facts({ report, closed }: { report: AuditReport; closed?: ClosedCycle }) {
  const { credential, cycle } = report;
  return (
    <dl className="facts report-facts">
      <dt>Holder</dt>
      <dd data-testid="report-holder">{report.holder || <span className="muted">No name in your profile</span>}</dd>
      <dt>Credential</dt>
      <dd data-testid="report-credential">{credential.code} — {credential.name} ({credential.body})</dd>
      <dt>Earned</dt>
      <dd>{formatDay(credential.earnedOn)}</dd>
      <dt>Cycle</dt>
      <dd data-testid="report-cycle">
        {formatDay(cycle.start)} – {formatDay(cycle.end)}{closed ? ' (closed)' : ''}
      </dd>
      <dt>Required</dt>
      <dd data-testid="report-required">
        {ceus(report.required)} CEUs <span className="muted">({report.requiredNote})</span>
        {report.requiredEstimate ? <div className="muted small">Estimate: {report.requiredEstimate}</div> : null}
      </dd>
      <dt>Counted in cycle</dt>
      <dd data-testid="report-earned">{ceus(report.earned)} CEUs</dd>
      {report.notCounted.length > 0 ? (
        <>
          <dt>Logged, not counted</dt>
          <dd data-testid="report-not-counted">
            {ceus(report.logged - report.earned)} of the {ceus(report.logged)} CEUs logged:
            <ul>{report.notCounted.map((part) => <li key={part.message}>{part.message}</li>)}</ul>
          </dd>
        </>
      ) : null}
      <dt>Still needed</dt>
      <dd data-testid="report-needed">{ceus(report.needed)} CEUs</dd>
      <dt>Status</dt>
      <dd data-testid="report-status"><span className={`badge status-${report.status}`}>{STATUS_TEXT[report.status]}</span></dd>
      {closed ? (
        <>
          <dt>Recorded at closing</dt>
          <dd>
            {ceus(closed.earned)} of {ceus(closed.required)} CEUs, {closed.complete ? 'complete' : 'not complete'}
            <span className="muted"> (the figures above are recomputed from your log as it is today)</span>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function Parts({ parts }: { parts: AuditReport['parts'] }) {
  if (parts.length === 0) return null;
  return (
    <section aria-labelledby="report-parts" className="report-section">
      <h2 id="report-parts">Required parts</h2>
      <table className="data report-table" aria-labelledby="report-parts">
        <thead>
          <tr><th>Part</th><th className="num">Required</th><th className="num">Earned</th><th className="num">Still needed</th></tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part.label}>
              <td>{part.label}</td>
              <td className="num">{ceus(part.required)}</td>
              <td className="num">{ceus(part.earned)}</td>
              <td className="num">{ceus(part.missing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CountedEntries({ report }: { report: AuditReport }) {
  const missing = report.missingCertificateEntryIds.length;
  return (
    <section aria-labelledby="report-entries" className="report-section">
      <h2 id="report-entries">CEUs counted ({report.rows.length})</h2>
      {missing > 0 ? (
        <p className="alert" data-testid="missing-certificates">
          {missing === 1 ? '1 entry has' : `${missing} entries have`} no certificate attached: keep the proof of every
          CEU in case of an audit.
        </p>
      ) : null}
      {report.rows.length === 0 ? (
        <p className="muted">No CEU counts toward this cycle yet.</p>
      ) : (
        <table className="data report-table" aria-labelledby="report-entries">
          <thead>
            <tr>
              <th>Date</th><th>Title</th><th>Provider</th><th>Index / approval no.</th><th>Category</th>
              <th className="num">CEUs</th><th>Certificate</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.entryId} data-testid="report-row" className={row.missingCertificate ? 'missing-cert' : undefined}>
                <td className="nowrap">{formatDay(row.completedOn)}</td>
                <td className="wrap-anywhere">{row.title}</td>
                <td className="wrap-anywhere">{row.provider}</td>
                <td className="wrap-anywhere">{row.indexNumber || <span className="muted">none recorded</span>}</td>
                <td>
                  {row.specialtyCode ? `${row.categoryLabel} (${row.specialtyCode})` : row.categoryLabel}
                  <div className="muted small">Counts toward: {row.countsToward.join(' and ')}</div>
                </td>
                <td className="num">
                  {ceus(row.ceus)}
                  {row.notCountedCeus > 0 ? <div className="muted small">{ceus(row.notCountedCeus)} not counted</div> : null}
                </td>
                <td>
                  {row.missingCertificate ? (
                    <strong className="cert-missing">⚠ No certificate</strong>
                  ) : (
                    <ul className="cert-list">{row.certificates.map((name, i) => <li key={`${name}-${i}`}>{name}</li>)}</ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={5} scope="row">Total counted</th>
              <td className="num" data-testid="report-total">{ceus(report.earned)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

function Totals({ totals }: { totals: AuditReport['totalsByCategory'] }) {
  if (totals.length === 0) return null;
  return (
    <section aria-labelledby="report-totals" className="report-section">
      <h2 id="report-totals">Totals by category</h2>
      <table className="data report-table report-totals" aria-labelledby="report-totals">
        <thead><tr><th>Category</th><th className="num">Entries</th><th className="num">CEUs</th></tr></thead>
        <tbody>
          {totals.map((total) => (
            <tr key={`${total.category}-${total.specialtyCode ?? ''}`}>
              <td>{total.label}</td>
              <td className="num">{total.entries}</td>
              <td className="num">{ceus(total.ceus)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Excluded({ rows, otherCycleEntries }: { rows: readonly ExcludedRow[]; otherCycleEntries: number }) {
  return (
    <section aria-labelledby="report-excluded" className="report-section">
      <h2 id="report-excluded">Entries not counted ({rows.length})</h2>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="data report-table" aria-labelledby="report-excluded">
          <thead><tr><th>Date</th><th>Title</th><th>Category</th><th className="num">CEUs</th><th>Why it does not count</th></tr></thead>
          <tbody>
            {rows.map(({ entry, message }) => (
              <tr key={entry.id} data-testid="excluded-row">
                <td className="nowrap">{formatDay(entry.completedOn)}</td>
                <td className="wrap-anywhere">{entry.title}</td>
                <td>{CEU_CATEGORY_LABELS[entry.category]}</td>
                <td className="num">{ceus(entry.ceus)}</td>
                <td>{message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {otherCycleEntries > 0 ? (
        <p className="muted">
          {otherCycleEntries === 1 ? '1 entry' : `${otherCycleEntries} entries`} for this credential from other cycles
          {otherCycleEntries === 1 ? ' is' : ' are'} not listed.
        </p>
      ) : null}
    </section>
  );
}

export function AuditReportView({
  report, closed, excluded, otherCycleEntries,
}: { report: AuditReport; closed?: ClosedCycle; excluded: readonly ExcludedRow[]; otherCycleEntries: number }) {
  return (
    <article className="audit-report" aria-label={`${report.credential.code} CEU audit report`}>
      <Facts report={report} closed={closed} />
      <Parts parts={report.parts} />
      <CountedEntries report={report} />
      <Totals totals={report.totalsByCategory} />
      <Excluded rows={excluded} otherCycleEntries={otherCycleEntries} />
      {report.generatedOn ? (
        <p className="report-generated" data-testid="report-generated">
          Generated by CoderPath on {formatDay(report.generatedOn)}.
        </p>
      ) : null}
    </article>
  );
}
