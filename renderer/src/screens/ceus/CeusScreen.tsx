/**
 * The CEUs screen: held credentials with their progress in the current cycle, deadline warnings and cycle
 * rollover, and the CEU entries with their certificates. Reads live from the store; every rule comes from
 * shared/ceu through useCeuStatuses.
 */
import { csvFileText } from '../../../../shared/files/csvFile';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { Attachment, CeuEntry, HeldCredential } from '../../../../shared/model/entities';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EditSession } from '../../components/EditSession';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUndo } from '../../components/UndoToast';
import {
  addCredential, addEntry, exportCeuCsv, reinstateCredential, removeAttachment, restoreAttachment, restoreCredentials,
  retireCredential, rollOverCycles, updateCredential, updateEntry,
} from '../../db/ceus';
import { setAapcRenewalMonth } from '../../db/membership';
import { setRuleEnabled } from '../../db/ruleSettings';
import { db } from '../../db/db';
import { formatDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { platform } from '../../platform';
import { DeadlineWarnings, RolloverOffer } from './CeuAlerts';
import { useNewCeuCommand } from './CeuCommandBridge';
import { ceusLabel, historyLines, providersOf } from './ceuView';
import { CertificateViewer } from './CertificateViewer';
import { CredentialCard } from './CredentialCard';
import { CredentialForm } from './CredentialForm';
import { newCredentialValues, valuesFromCredential } from './credentialForm';
import { EntryForm } from './EntryForm';
import { newEntryValues, valuesFromEntry } from './entryFormValues';
import { EntryList } from './EntryList';
import { useCeuDeadlineNotifications, useCeuStatuses } from './useCeuStatuses';
import './ceus.css';

type CredentialEditor = { kind: 'new' } | { kind: 'edit'; credential: HeldCredential } | null;
type EntryEditor = { kind: 'new' } | { kind: 'edit'; entry: CeuEntry } | null;


export default function CeusScreen() {
  const statuses = useCeuStatuses();
  useCeuDeadlineNotifications(statuses);
  const attachments = useLiveQuery(() => db.attachments.toArray(), []);
  const offerUndo = useUndo();
  const [credentialEditor, setCredentialEditor] = useState<CredentialEditor>(null);
  const [entryEditor, setEntryEditor] = useState<EntryEditor>(null);
  const [retiring, setRetiring] = useState<HeldCredential | null>(null);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useNewCeuCommand(useCallback(() => setEntryEditor({ kind: 'new' }), []));

  if (!statuses || !attachments) return <p className="loading" role="status">Loading…</p>;
  const { today, held, active, retired, entries } = statuses;
  const fail = (e: unknown) => setError(errorMessage(e));

  async function exportCsv() {
    try {
      const outcome = await platform.saveFile({
        suggestedName: `coderpath-ceus-${today}.csv`,
        mimeType: 'text/csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        contents: csvFileText(await exportCeuCsv()),
      });
      setStatus(outcome.saved ? `CEU entries exported: ${outcome.where}.` : 'Export cancelled.');
    } catch (e) {
      fail(e);
    }
  }

  async function rollOver() {
    try {
      const { rolled, previous } = await rollOverCycles(today);
      if (rolled.length === 0) return;
      offerUndo({
        message: `Started the next cycle of ${rolled.map((c) => c.code).join(', ')}.`,
        undo: () => restoreCredentials(previous).catch(fail),
      });
    } catch (e) {
      fail(e);
    }
  }

  async function retire(credential: HeldCredential) {
    setRetiring(null);
    try {
      await retireCredential(credential.id, today);
      offerUndo({ message: `Retired ${credential.code}.`, undo: () => reinstateCredential(credential.id).catch(fail) });
    } catch (e) {
      fail(e);
    }
  }

  async function removeCertificate(attachment: Attachment) {
    try {
      const removed = await removeAttachment(attachment.id);
      if (removed) offerUndo({ message: `Removed ${attachment.fileName}.`, undo: () => restoreAttachment(removed).catch(fail) });
    } catch (e) {
      fail(e);
    }
  }

  const editingEntry = entryEditor?.kind === 'edit' ? entryEditor.entry : undefined;
  // An entry being edited keeps the retired credentials it applies to, so saving does not drop them.
  const entryCredentials = editingEntry
    ? [...active, ...retired.filter((c) => editingEntry.credentialIds.includes(c.id))]
    : active;

  return (
    <section className="ceus-screen">
      <ScreenHeader
        title="CEUs"
        description="Continuing-education units for each credential you hold, with certificates and audit reports."
        actions={
          <>
            <button type="button" onClick={() => setCredentialEditor({ kind: 'new' })}>Add a credential</button>
            {active.length > 0 ? (
              <button type="button" className="btn-primary" onClick={() => setEntryEditor({ kind: 'new' })}>Add CEU entry</button>
            ) : null}
            <Link className="btn" to="/ceus/import">Import CSV…</Link>
            <button type="button" onClick={() => void exportCsv()} disabled={entries.length === 0}>Export CSV</button>
          </>
        }
      />
      <p className="muted" role="status">{status}</p>
      {error ? (
        <p className="alert alert-danger" role="alert">
          {error} <button type="button" className="btn-link" onClick={() => setError(null)}>Dismiss</button>
        </p>
      ) : null}

      <DeadlineWarnings warnings={statuses.warnings} />
      <RolloverOffer due={statuses.dueForRollover} onRollOver={() => void rollOver()} />
      {statuses.report.unsupported.map((u) => <p key={u.credentialId} className="alert">{u.message}</p>)}

      {credentialEditor ? (
        <EditSession record={credentialEditor.kind === 'edit' ? credentialEditor.credential : undefined}>
          {(editing) => (
            <CredentialForm
              key={editing?.id ?? 'new'}
              heading={editing ? `Edit ${editing.code}` : 'Add a credential'}
              initial={editing ? valuesFromCredential(editing, statuses.aapcRenewalMonth) : newCredentialValues(statuses.aapcRenewalMonth)}
              held={held}
              editingId={editing?.id}
              today={today}
              submitLabel={editing ? 'Save changes' : 'Add credential'}
              onSubmit={async (draft, membership) => {
                if (editing) await updateCredential(editing.id, draft, db, { base: editing });
                else await addCredential(draft);
                let aligned = '';
                if (membership.aapcRenewalMonth && membership.aapcRenewalMonth !== statuses.aapcRenewalMonth) {
                  const change = await setAapcRenewalMonth(membership.aapcRenewalMonth, today);
                  if (change.aligned.length > 0) aligned = ` AAPC periods now end with your membership month: ${change.aligned.map((c) => c.code).join(', ')}.`;
                }
                setStatus(`${editing ? `Saved ${draft.code}.` : `Added ${draft.code}.`}${aligned}`);
                setCredentialEditor(null);
              }}
              onCancel={() => setCredentialEditor(null)}
            />
          )}
        </EditSession>
      ) : null}

      {active.length === 0 && !credentialEditor ? (
        <EmptyState
          title="No credentials yet"
          action={<button type="button" className="btn-primary" onClick={() => setCredentialEditor({ kind: 'new' })}>Add a credential</button>}
        >
          <p>
            Add a credential you hold (CPC, CRC, CCS…) with the day you earned it. CoderPath works out its renewal cycle
            from the body&apos;s rules, then shows what the cycle still needs, the deadline and the pace to get there as
            you log your CEUs and their certificates.
          </p>
        </EmptyState>
      ) : null}

      {active.length > 0 ? (
        <div className="ceu-cards">
          {active.map((credential) => {
            const result = statuses.requirementOf(credential.id);
            if (!result) return null;
            return (
              <CredentialCard
                key={credential.id}
                credential={credential}
                result={result}
                group={statuses.groupOf(credential.id)}
                excluded={statuses.exclusionsOf(credential.id)}
                entries={entries}
                today={today}
                ruleSettings={statuses.ruleSettings}
                onEdit={() => setCredentialEditor({ kind: 'edit', credential })}
                onRetire={() => setRetiring(credential)}
                onRuleToggle={(ruleId, enabled) => void setRuleEnabled(ruleId, enabled).catch(fail)}
              />
            );
          })}
        </div>
      ) : null}

      {retired.length > 0 ? (
        <details className="card ceu-retired">
          <summary>Retired credentials ({retired.length})</summary>
          <ul>
            {retired.map((credential) => (
              <li key={credential.id}>
                {credential.code}, retired {formatDay(credential.retiredOn!)}{' '}
                <button type="button" onClick={() => void reinstateCredential(credential.id).catch(fail)} aria-label={`Reinstate ${credential.code}`}>
                  Reinstate
                </button>
                {historyLines(credential.history).map((line) => <div key={line} className="muted small">{line}</div>)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {entries.length > 0 || entryEditor ? (
        <section className="card" aria-labelledby="ceu-entries-title">
          <h2 id="ceu-entries-title">CEU entries</h2>
          {entryEditor ? (
            <EditSession record={editingEntry}>
              {(editing) => (
                <EntryForm
                  key={editing?.id ?? 'new'}
                  heading={editing ? `Edit “${editing.title}”` : 'New CEU entry'}
                  initial={editing ? valuesFromEntry(editing) : newEntryValues(today, active)}
                  credentials={entryCredentials}
                  providers={providersOf(entries)}
                  attachments={editing ? attachments.filter((a) => a.entryId === editing.id) : []}
                  today={today}
                  submitLabel={editing ? 'Save changes' : 'Save entry'}
                  onSubmit={async (draft, files) => {
                    if (editing) await updateEntry(editing.id, draft, files, db, { base: editing });
                    else await addEntry(draft, files);
                    setStatus(editing ? `Saved “${draft.title}”.` : `Added “${draft.title}” (${ceusLabel(draft.ceus)}).`);
                    setEntryEditor(null);
                  }}
                  onCancel={() => setEntryEditor(null)}
                  onViewAttachment={setViewing}
                  onRemoveAttachment={(a) => void removeCertificate(a)}
                />
              )}
            </EditSession>
          ) : null}
          <EntryList
            entries={entries}
            held={held}
            attachments={attachments}
            onEdit={(entry) => setEntryEditor({ kind: 'edit', entry })}
            onView={setViewing}
            onError={setError}
          />
        </section>
      ) : null}

      <CertificateViewer attachment={viewing} onClose={() => setViewing(null)} />
      <ConfirmDialog
        open={retiring !== null}
        title={retiring ? `Retire ${retiring.code}?` : 'Retire'}
        confirmLabel="Retire"
        danger
        onConfirm={() => retiring && void retire(retiring)}
        onCancel={() => setRetiring(null)}
      >
        <p>
          CoderPath stops tracking its CEU requirement from today. Its CEU entries, certificates and past cycles stay,
          and you can reinstate it.
        </p>
      </ConfirmDialog>
    </section>
  );
}
