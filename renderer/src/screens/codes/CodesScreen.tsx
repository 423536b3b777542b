/**
 * ICD-10-CM (issue 13): search the imported code set as you type, browse its chapters, starred and recent codes,
 * and the years kept side by side. The code set lives in its own database (db/codes), not in the user's backups.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ScreenHeader } from '../../components/ScreenHeader';
import { prefetchActiveCodeSet, useActiveCodeSet } from '../../db/codes/loadCodeSet';
import { useRecentCodes, useStarredCodes } from '../../db/codes/codeNotes';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { CodeList } from './CodeList';
import { CodeSearch } from './CodeSearch';
import { ActiveYearPicker, CodeSetYears } from './CodeSetYears';
import { chapterPath } from './paths';
import { NoCodeSet } from './WithCodeSet';
import './codes.css';

prefetchActiveCodeSet();

const DESCRIPTION = 'Look codes up in the official CMS code set, browse its chapters, and drill finding codes fast.';

function KnownCodes({ set, codes, label }: { set: LoadedCodeSet; codes: string[] | undefined; label: string }) {
  const entries = (codes ?? []).map((c) => set.byCode.get(c)).filter((i): i is number => i !== undefined);
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-label={label}>
      <h2>{label}</h2>
      <CodeList set={set} entries={entries} label={label} />
    </section>
  );
}

export default function CodesScreen() {
  const state = useActiveCodeSet();
  const starred = useStarredCodes();
  const recent = useRecentCodes();
  // Import and removal outcomes: shown here because the panel that started them may be gone once the data changed.
  const [message, setMessage] = useState('');
  return (
    <div className="codes-screen">
      <ScreenHeader title="ICD-10-CM" description={DESCRIPTION}
        actions={state.status === 'ready' ? <ActiveYearPicker years={state.years} /> : null} />
      {state.status === 'loading' ? <p className="loading" role="status">Loading the code set…</p> : null}
      {state.status === 'failed' ? <p role="alert" className="alert alert-danger">The code set could not be read: {state.message}</p> : null}
      <p role="status" className="code-status">{message}</p>
      {state.status === 'empty' ? <NoCodeSet onImported={setMessage} /> : null}
      {state.status === 'ready' ? (
        <>
          <CodeSearch set={state.set} />
          <div className="codes-columns">
            <section className="card" aria-labelledby="chapters-title">
              <h2 id="chapters-title">Chapters</h2>
              <ol className="chapter-list">
                {state.set.hierarchy.chapters.map((c) => (
                  <li key={c.number}>
                    <Link to={chapterPath(c.number)}>
                      <span className="code-result-code">{c.range}</span><span>{c.title}</span>
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
            <div>
              <KnownCodes set={state.set} codes={starred} label="Starred codes" />
              <KnownCodes set={state.set} codes={recent} label="Recent codes" />
              <CodeSetYears years={state.years} onImported={setMessage} />
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}
