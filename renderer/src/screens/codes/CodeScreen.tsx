/**
 * One code: where it sits (breadcrumbs to its chapter, block and ancestors), whether it is valid for submission,
 * its subdivisions and the valid codes under it; copy it with C, star it with S, drill its block.
 */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { billableIn, childrenOf, subtreeEnd } from '../../../../shared/codeset/hierarchy';
import { displayCode } from '../../../../shared/codeset/orderFile';
import { blockScopeOf, codeScope } from '../../../../shared/codeset/scope';
import { noteCodeOpened, setCodeStarred, useStarredCodes } from '../../db/codes/codeNotes';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { Breadcrumbs, crumbsOf } from './Breadcrumbs';
import { CodeList } from './CodeList';
import { DrillActions } from './DrillActions';
import { WithCodeSet } from './WithCodeSet';

/** Keys typed into a field are the field's, not shortcuts. */
function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function CodePage({ set, index }: { set: LoadedCodeSet; index: number }) {
  const { data, hierarchy } = set;
  const code = data.codes[index]!;
  const shown = displayCode(code);
  const starred = useStarredCodes()?.includes(code) ?? false;
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shown);
      setStatus(`Copied ${shown}.`);
    } catch {
      setStatus(`Could not copy ${shown}: the system refused the clipboard.`);
    }
  };
  const toggleStar = () => void setCodeStarred(code, !starred).then(() => setStatus(starred ? `Unstarred ${shown}.` : `Starred ${shown}.`));

  useEffect(() => {
    void noteCodeOpened(code);
    setStatus('');
  }, [code]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event)) return;
      if (event.key === 'c' || event.key === 'C') void copy();
      else if (event.key === 's' || event.key === 'S') toggleStar();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const children = childrenOf(hierarchy, data, index);
  const valid = data.billable[index] ? [] : billableIn(data, index + 1, subtreeEnd(data, index));
  const blockScope = blockScopeOf(hierarchy, index);
  return (
    <div className="codes-screen">
      <Breadcrumbs crumbs={crumbsOf(set, index)} current={shown} />
      <header className="screen-header">
        <div>
          <h1><span className="code-title-code">{shown}</span> {data.longDescriptions[index]}</h1>
          <p className={data.billable[index] ? 'code-valid' : 'code-not-valid'}>
            {data.billable[index]
              ? `Valid for submission (FY${data.year}).`
              : `A header, not valid for submission (FY${data.year}): code to one of the ${valid.length.toLocaleString('en-US')} valid codes below.`}
          </p>
          <p className="muted">Short description: {data.shortDescriptions[index]}</p>
        </div>
        <div className="screen-actions">
          <button type="button" onClick={() => void copy()} aria-keyshortcuts="C">Copy {shown} <kbd aria-hidden="true">C</kbd></button>
          <button type="button" aria-pressed={starred} onClick={toggleStar} aria-keyshortcuts="S">
            {starred ? 'Starred' : 'Star'} <kbd aria-hidden="true">S</kbd>
          </button>
        </div>
      </header>
      <p role="status" className="code-status">{status}</p>
      {blockScope ? <DrillActions set={set} scope={blockScope} what={`block ${blockScope.slice(6)}`} /> : null}
      {children.length > 0 ? (
        <section className="card" aria-labelledby="children-title">
          <h2 id="children-title">Subdivisions of {shown}</h2>
          <CodeList set={set} entries={children} label={`Subdivisions of ${shown}`} />
        </section>
      ) : null}
      {valid.length > 0 && valid.length !== children.length ? (
        <section className="card" aria-labelledby="valid-title">
          <h2 id="valid-title">Valid codes under {shown} ({valid.length.toLocaleString('en-US')})</h2>
          <CodeList set={set} entries={valid} label={`Valid codes under ${shown}`} />
          <DrillActions set={set} scope={codeScope(code)} what={shown} />
        </section>
      ) : null}
    </div>
  );
}

export default function CodeScreen() {
  const { code = '' } = useParams();
  return (
    <WithCodeSet>
      {(set) => {
        const index = set.byCode.get(code.replace(/\./g, '').toUpperCase());
        if (index === undefined) {
          return (
            <div className="codes-screen">
              <Breadcrumbs crumbs={[]} current={code} />
              <p role="alert" className="alert">{code} is not a code of the FY{set.data.year} code set.</p>
            </div>
          );
        }
        return <CodePage set={set} index={index} />;
      }}
    </WithCodeSet>
  );
}
