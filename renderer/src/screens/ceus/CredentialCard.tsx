/**
 * One held credential's progress in its current cycle, as the engine computed it: earned against required, the
 * parts, days left, status, the monthly pace needed, the entries that do not count and why, the chart, the
 * guidance to confirm with the body, and the closed cycles.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import type { RuleSettings } from '../../../../shared/ceu/catalogTypes';
import { buildProgressChart } from '../../../../shared/ceu/progress';
import type { BodyGroupRequirement, CredentialRequirement, ExcludedEntry } from '../../../../shared/ceu/requirements';
import type { CeuEntry, HeldCredential, IsoDate } from '../../../../shared/model/entities';
import { formatDay } from '../../lib/dates';
import { ceusLabel, daysLeftText, formatCeus, historyLines, paceText, progressSummary, STATUS_LABELS } from './ceuView';
import { CeuProgressChart } from './ProgressChart';

export function CredentialCard({
  credential,
  result,
  group,
  excluded,
  entries,
  today,
  ruleSettings,
  onEdit,
  onRetire,
  onRuleToggle,
}: {
  credential: HeldCredential;
  result: CredentialRequirement;
  group: BodyGroupRequirement | undefined;
  /** Entries applied to it that do not count, with the reason (CeuStatuses.exclusionsOf). */
  excluded: readonly ExcludedEntry[];
  entries: readonly CeuEntry[];
  today: IsoDate;
  ruleSettings: RuleSettings;
  onEdit: () => void;
  onRetire: () => void;
  /** "Applies to me" (true) or not (false) for a rule that may apply to this cycle, or an editable rule's switch. */
  onRuleToggle: (ruleId: string, enabled: boolean) => void;
}) {
  const id = useId();
  const chart = useMemo(() => buildProgressChart(result, entries, today), [result, entries, today]);
  const titleOf = (entryId: string) => entries.find((e) => e.id === entryId)?.title ?? 'An entry';
  const shared = result.totalScope === 'body-group' && group && group.codes.length > 1;
  const editableRules = group?.rules.rules.filter((rule) => rule.editable && !rule.mayApply) ?? [];
  // Rules that began while this cycle ran (AHIMA's 40% from 2025): the user says whether they apply.
  const mayApply = group?.rules.rules.filter((rule) => rule.mayApply) ?? [];
  // A part repeats its credential's note (CRC core or specialty): each text once.
  const guidance = [...new Set([
    ...result.unverified,
    ...result.parts.flatMap((part) => (part.unverified ? [part.unverified] : [])),
    ...(group?.notes ?? []),
  ])];
  const history = historyLines(credential.history);

  // Years of history put most entries outside the current cycle: those are counted, not listed one by one.
  const listed = excluded.filter((exclusion) => exclusion.reason !== 'outside-cycle');
  const otherCycles = excluded.length - listed.length;
  return (
    <section className="card ceu-card" aria-labelledby={`${id}-title`} data-testid="credential-card">
      <header className="ceu-card-header">
        <h3 id={`${id}-title`}>{`${result.code} — ${result.name}`}</h3>
        <span className={`badge status-${result.status}`} data-testid="status">{STATUS_LABELS[result.status]}</span>
      </header>
      <p className="ceu-earned" data-testid="earned">
        <strong>{formatCeus(result.earned)}</strong> of {formatCeus(result.required)} CEUs counted
        {shared ? <span className="muted"> (shared {result.body} total for {group.codes.join(' + ')})</span> : null}
      </p>
      {result.notCounted.length > 0 ? (
        <div className="ceu-not-counted" role="note">
          <p>
            {formatCeus(result.logged)} CEUs logged; {formatCeus(result.logged - result.earned)} of them not counted toward the
            total:
          </p>
          <ul>{result.notCounted.map((part) => <li key={part.ruleId}>{part.message}</li>)}</ul>
        </div>
      ) : null}
      <dl className="facts">
        <dt>Cycle</dt>
        <dd>{formatDay(result.cycleStart)} – {formatDay(result.cycleEnd)}</dd>
        <dt>Deadline</dt>
        <dd data-testid="days-left">{daysLeftText(result.daysLeft)}</dd>
        <dt>Still needed</dt>
        <dd data-testid="needed">{ceusLabel(result.needed)}</dd>
        <dt>Pace</dt>
        <dd data-testid="pace">{paceText(result)}</dd>
        <dt>Required</dt>
        <dd>
          {result.requiredBasis.note}
          {result.requiredBasis.source === 'override' ? <span className="badge ceu-override">Your own total</span> : null}
          {result.requiredBasis.estimate ? (
            <div className="muted small">
              <span className="badge">Estimate</span> {result.requiredBasis.estimate}{' '}
              <button type="button" className="btn-link" onClick={onEdit}>Enter AAPC&apos;s figure</button>
            </div>
          ) : null}
        </dd>
      </dl>

      {result.parts.length > 0 ? (
        <table className="data ceu-parts">
          <caption>Parts of the requirement</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" className="num">Earned</th>
              <th scope="col" className="num">Required</th>
              <th scope="col" className="num">Missing</th>
            </tr>
          </thead>
          <tbody>
            {result.parts.map((part) => (
              <tr key={part.id}>
                <th scope="row">
                  {part.credentialCode && !part.label.includes(part.credentialCode) ? `${part.credentialCode} ${part.label}` : part.label}
                  {part.note ? <div className="muted small">{part.note}</div> : null}
                  {part.years?.map((year) => (
                    <div key={year.start} className="muted small">
                      {formatDay(year.start)} – {formatDay(year.end)}: {formatCeus(year.earned)} of {formatCeus(year.required)}
                    </div>
                  ))}
                </th>
                <td className="num">{formatCeus(part.earned)}</td>
                <td className="num">{formatCeus(part.required)}</td>
                <td className="num">{formatCeus(part.missing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {listed.length > 0 || otherCycles > 0 ? (
        <div className="ceu-excluded">
          {listed.length > 0 ? (
            <>
              <h4>Not counted ({listed.length})</h4>
              <ul>
                {listed.map((exclusion) => (
                  <li key={exclusion.entryId} data-testid="excluded-entry">
                    <strong>{titleOf(exclusion.entryId)}</strong>: {exclusion.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {otherCycles > 0 ? (
            <p className="muted" data-testid="other-cycle-entries">
              {otherCycles === 1 ? '1 entry is' : `${otherCycles} entries are`} dated outside this cycle and not counted
              here: CEUs count only in the cycle they were earned.
            </p>
          ) : null}
        </div>
      ) : null}

      <CeuProgressChart code={result.code} chart={chart} summary={progressSummary(result.code, result, chart)} />

      {mayApply.map((rule) => {
        const applies = ruleSettings[rule.id]?.enabled === true && Object.hasOwn(ruleSettings, rule.id);
        return (
          <div key={rule.id} className="alert ceu-may-apply" role="note">
            <strong>{applies ? 'Applied to this cycle' : 'A rule that may apply'}: {rule.title}</strong>
            <p className="small">
              In force from {formatDay(rule.from!)} and this cycle was already running then: {rule.body} did not say whether it
              applies to it. Check your {rule.body} CEU Center. Source: {rule.source} (read {rule.checked}).
            </p>
            <button type="button" onClick={() => onRuleToggle(rule.id, !applies)} aria-pressed={applies}>
              {applies ? 'Does not apply to me' : 'Applies to me'}
            </button>
          </div>
        );
      })}

      {guidance.length > 0 || editableRules.length > 0 ? (
        <div className="alert ceu-guidance" role="note">
          <strong>To confirm with {result.body}:</strong>
          <ul>
            {guidance.map((text) => <li key={text}>{text}</li>)}
            {editableRules.map((rule) => (
              <li key={rule.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={ruleSettings[rule.id]?.enabled ?? rule.enabledByDefault}
                    onChange={(e) => onRuleToggle(rule.id, e.target.checked)}
                  />{' '}
                  Apply “{rule.title}”
                </label>
                {rule.unverified ? <div className="muted small">{rule.unverified}</div> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {history.length > 0 ? (
        <details className="ceu-history">
          <summary>Past cycles ({history.length})</summary>
          <ul>{history.map((line) => <li key={line}>{line}</li>)}</ul>
        </details>
      ) : null}

      <div className="form-actions ceu-card-actions">
        <Link className="btn" to={`/ceus/report/${credential.id}`} aria-label={`Audit report for ${result.code}`}>Audit report</Link>
        <Link className="btn" to={`/ceus/report/${credential.id}?packet=1`} aria-label={`Audit packet for ${result.code}`}>Audit packet…</Link>
        <button type="button" onClick={onEdit} aria-label={`Edit ${result.code}`}>Edit</button>
        <button type="button" className="btn-danger" onClick={onRetire} aria-label={`Retire ${result.code}`}>Retire</button>
      </div>
    </section>
  );
}
