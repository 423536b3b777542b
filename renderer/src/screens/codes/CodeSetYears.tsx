/** The imported years: which one is active, switching it, removing one (with confirmation), importing another. */
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { CodeSetYears as Years } from '../../db/codes/loadCodeSet';
import { removeCodeSetYear, setActiveCodeSetYear } from '../../db/codes/importCodeSet';
import { CodeSetImport } from './CodeSetImport';

export function ActiveYearPicker({ years }: { years: Years }) {
  if (years.years.length === 0) return null;
  return (
    <label className="code-year-picker">
      Code set year{' '}
      <select value={years.active} onChange={(e) => void setActiveCodeSetYear(Number(e.target.value))}>
        {years.years.map((y) => <option key={y.year} value={y.year}>FY{y.year}</option>)}
      </select>
    </label>
  );
}

export function CodeSetYears({ years, onImported }: { years: Years; onImported: (message: string) => void }) {
  const [removing, setRemoving] = useState<number | null>(null);
  return (
    <section className="card code-years" aria-labelledby="code-years-title">
      <h2 id="code-years-title">Code set years</h2>
      <p className="muted">
        The code set stays on this computer in its own storage. It is not part of your backups: it is the official
        CMS file, which you can import again. Your starred codes and drill results are in your data and are backed up.
      </p>
      <ul className="code-year-list">
        {years.years.map((y) => (
          <li key={y.year}>
            <strong>FY{y.year}</strong>{y.year === years.active ? <span className="badge">Active</span> : null}{' '}
            <span className="muted">
              {y.billableCount.toLocaleString('en-US')} codes valid for submission, {y.headerCount.toLocaleString('en-US')} headers · {y.fileName}
            </span>
            <button type="button" className="btn-link" onClick={() => setRemoving(y.year)}>Remove FY{y.year}</button>
          </li>
        ))}
      </ul>
      <CodeSetImport label="Import another year" onImported={onImported} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove the FY${removing} code set?`}
        confirmLabel={`Remove FY${removing}`}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const year = removing!;
          setRemoving(null);
          void removeCodeSetYear(year).then(() => onImported(`Removed the FY${year} code set. Import the CMS file again to bring it back.`));
        }}
      >
        <p>Its codes are removed from this computer. Your starred codes and drill results stay; you can import the file again at any time.</p>
      </ConfirmDialog>
    </section>
  );
}
