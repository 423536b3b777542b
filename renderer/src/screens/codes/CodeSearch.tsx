/**
 * Search as you type over the active code set: a combobox whose results are a listbox; arrows move, Enter opens
 * the code, Escape clears. The search itself is shared/codeset (index equal to an exhaustive scan).
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { displayCode } from '../../../../shared/codeset/orderFile';
import { highlightPrefixes, parseQuery } from '../../../../shared/codeset/query';
import { searchIndex } from '../../../../shared/codeset/searchIndex';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { Highlighted } from './Highlighted';
import { codePath } from './paths';

/** Results drawn at once; the count says how many more matched. */
const SHOWN = 50;

export function CodeSearch({ set }: { set: LoadedCodeSet }) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const id = useId();
  const result = useMemo(() => {
    const query = parseQuery(text);
    const ids = searchIndex(set.data, set.index, query).ids;
    return { ids, shown: ids.slice(0, SHOWN), prefixes: highlightPrefixes(query) };
  }, [set, text]);
  const { data } = set;
  const open = text.trim() !== '' && result.shown.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;
  // Focus stays in the box (aria-activedescendant), so the list scrolls the active option into view itself.
  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, result.shown.length - 1));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      void navigate(codePath(data.codes[result.shown[active]!]!));
    } else if (event.key === 'Escape') {
      setText('');
      setActive(0);
    }
  };

  return (
    <section className="code-search" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-input`} className="code-search-label">
        Search FY{data.year} codes and descriptions
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="E11.22, e112, type 2 diabetes kidney, diabetes ckd"
        aria-expanded={open}
        aria-controls={`${id}-results`}
        aria-activedescendant={open ? optionId(active) : undefined}
        aria-describedby={`${id}-count`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-count`} className="muted code-search-count" aria-live="polite">
        {text.trim() === '' ? 'Type a code, a code prefix or words in any order; ↑ ↓ to move, Enter opens the code.'
          : result.ids.length === 0 ? `No code matches “${text.trim()}”.`
            : `${result.ids.length.toLocaleString('en-US')} ${result.ids.length === 1 ? 'match' : 'matches'}${result.ids.length > SHOWN ? `, the first ${SHOWN} shown` : ''}.`}
      </p>
      <ul id={`${id}-results`} role="listbox" aria-label="Matching codes" className="code-results" hidden={!open}>
        {result.shown.map((entry, i) => {
          const code = data.codes[entry]!;
          return (
            <li
              key={entry}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'code-result active' : 'code-result'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void navigate(codePath(code))}
            >
              <span className="code-result-code">{displayCode(code)}</span>
              <span className="code-result-text"><Highlighted text={data.longDescriptions[entry]!} prefixes={result.prefixes} /></span>
              {data.billable[entry] ? null : <span className="badge code-header-badge">Header</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
