/** Import of the CMS zip or order file: picks the file, asks the fiscal year when its name has none, lists problems. */
import { useId, useState } from 'react';
import { isFiscalYear, type FileProblem } from '../../../../shared/codeset/orderFile';
import { importCodeSet, type PickedFile } from '../../db/codes/importCodeSet';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'needsYear'; file: PickedFile; yearText: string; error?: string }
  | { kind: 'problems'; name: string; problems: FileProblem[]; more: number }
  | { kind: 'done'; message: string };

/** Lets the "Importing..." status paint before the main thread is busy unzipping and checking. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `onImported` takes the success message when the screen shows it itself (this component may unmount then). */
export function CodeSetImport({ label = 'Import the CMS zip or order file', onImported }: { label?: string; onImported?: (message: string) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputId = useId();
  const yearId = useId();

  const run = async (file: PickedFile, year?: number) => {
    setState({ kind: 'busy', name: file.name });
    await nextFrame();
    try {
      const outcome = await importCodeSet(file, year);
      if (outcome.ok) {
        const { summary } = outcome;
        const message = `${outcome.replaced ? 'Replaced' : 'Imported'} FY${summary.year}: ${summary.billableCount.toLocaleString('en-US')} codes valid for submission and ${summary.headerCount.toLocaleString('en-US')} headers. It is the active year now.`;
        if (onImported) {
          onImported(message);
          setState({ kind: 'idle' });
        } else setState({ kind: 'done', message });
      } else if (outcome.needsYear) {
        setState({ kind: 'needsYear', file, yearText: '' });
      } else {
        setState({ kind: 'problems', name: file.name, problems: outcome.problems, more: outcome.more });
      }
    } catch (error) {
      setState({ kind: 'problems', name: file.name, problems: [{ line: 0, message: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}` }], more: 0 });
    }
  };

  const onPick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await run({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  return (
    <div className="code-import">
      <label htmlFor={inputId} className="btn-primary code-import-button">{label}</label>
      <input id={inputId} className="visually-hidden" type="file" accept=".zip,.txt" disabled={state.kind === 'busy'}
        onChange={(e) => void onPick(e.currentTarget)} />
      {state.kind === 'busy' ? <p role="status">Importing {state.name}: unzipping, checking every line…</p> : null}
      {state.kind === 'done' ? <p role="status" className="code-import-done">{state.message}</p> : null}
      {state.kind === 'needsYear' ? (
        <form className="code-import-year" onSubmit={(e) => {
          e.preventDefault();
          const year = Number(state.yearText);
          if (!isFiscalYear(year)) setState({ ...state, error: 'Enter the fiscal year of the release, for example 2026.' });
          else void run(state.file, year);
        }}>
          <p>The name {state.file.name} does not say which fiscal year it is.</p>
          <div className="field">
            <label htmlFor={yearId}>Fiscal year of this file</label>
            <input id={yearId} inputMode="numeric" value={state.yearText} aria-invalid={state.error ? true : undefined}
              aria-describedby={state.error ? `${yearId}-error` : undefined}
              onChange={(e) => setState({ ...state, yearText: e.target.value, error: undefined })} />
            {state.error ? <p id={`${yearId}-error`} className="field-error">{state.error}</p> : null}
          </div>
          <button type="submit" className="btn-primary">Import as this year</button>
        </form>
      ) : null}
      {state.kind === 'problems' ? (
        <div role="alert" className="alert alert-danger">
          <p>{state.name} was not imported; nothing stored changed.</p>
          <ul className="code-import-problems">
            {state.problems.map((p, i) => <li key={i}>{p.line > 0 ? `Line ${p.line}: ` : ''}{p.message}</li>)}
          </ul>
          {state.more > 0 ? <p>…and {state.more.toLocaleString('en-US')} more problems.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
