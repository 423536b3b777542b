/** A list of codes with their descriptions, each a link to its page; a long one draws its first 100 until asked. */
import { useState } from 'react';
import { Link } from 'react-router';
import { displayCode } from '../../../../shared/codeset/orderFile';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { codePath } from './paths';

/** S72 alone has thousands of valid codes: drawing them all would hold the page up. */
const FIRST_DRAWN = 100;

export function CodeList({ set, entries, label }: { set: LoadedCodeSet; entries: readonly number[]; label: string }) {
  const [all, setAll] = useState(false);
  const drawn = all ? entries : entries.slice(0, FIRST_DRAWN);
  return (
    <>
      <ul className="code-list" aria-label={label}>
        {drawn.map((i) => (
          <li key={i}>
            <Link to={codePath(set.data.codes[i]!)}>
              <span className="code-result-code">{displayCode(set.data.codes[i]!)}</span>
              <span>{set.data.longDescriptions[i]}</span>
            </Link>
            {set.data.billable[i] ? null : <span className="badge code-header-badge">Header</span>}
          </li>
        ))}
      </ul>
      {drawn.length < entries.length ? (
        <p>
          <span className="muted">Showing {drawn.length} of {entries.length.toLocaleString('en-US')}. </span>
          <button type="button" className="btn-link" onClick={() => setAll(true)}>Show all {entries.length.toLocaleString('en-US')}</button>
        </p>
      ) : null}
    </>
  );
}
