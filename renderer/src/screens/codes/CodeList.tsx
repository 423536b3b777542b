/** A list of codes with their descriptions, each a link to its page. */
import { Link } from 'react-router';
import { displayCode } from '../../../../shared/codeset/orderFile';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { codePath } from './paths';

export function CodeList({ set, entries, label }: { set: LoadedCodeSet; entries: readonly number[]; label: string }) {
  return (
    <ul className="code-list" aria-label={label}>
      {entries.map((i) => (
        <li key={i}>
          <Link to={codePath(set.data.codes[i]!)}>
            <span className="code-result-code">{displayCode(set.data.codes[i]!)}</span>
            <span>{set.data.longDescriptions[i]}</span>
          </Link>
          {set.data.billable[i] ? null : <span className="badge code-header-badge">Header</span>}
        </li>
      ))}
    </ul>
  );
}
