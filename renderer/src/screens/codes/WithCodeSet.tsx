/** The code set a code screen needs: a loading line, the empty state with the import, or the screen itself. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { useActiveCodeSet, type CodeSetYears, type LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { CodeSetImport } from './CodeSetImport';
import './codes.css';

export function NoCodeSet({ onImported }: { onImported?: (message: string) => void }) {
  return (
    <EmptyState title="No ICD-10-CM code set yet" action={<CodeSetImport onImported={onImported} />}>
      <p>
        CoderPath looks codes up in the official code set, which CMS publishes free every year. On the CMS website,
        open the <strong>ICD-10-CM</strong> page and download <strong>Code Descriptions in Tabular Order</strong> for
        the fiscal year you code in (for example <code>2026-code-descriptions-tabular-order.zip</code>), then import
        the zip here as it is, or the <code>icd10cm_order_YYYY.txt</code> file inside it.
      </p>
      <p className="muted">It stays on this computer and is not part of your backups: you can import it again at any time.</p>
    </EmptyState>
  );
}

export function WithCodeSet({ children }: { children: (set: LoadedCodeSet, years: CodeSetYears) => ReactNode }) {
  const state = useActiveCodeSet();
  if (state.status === 'loading') return <p className="loading" role="status">Loading the code set…</p>;
  if (state.status === 'failed') return <p role="alert" className="alert alert-danger">The code set could not be read: {state.message}</p>;
  if (state.status === 'empty') return <NoCodeSet />;
  return <>{children(state.set, state.years)}</>;
}

export function BackToCodes() {
  return <Link to="/codes">ICD-10-CM</Link>;
}
