/** Where a chapter, block or code sits: ICD-10-CM › chapter › block › category › … */
import { Link } from 'react-router';
import { ancestorsOf, blockOf } from '../../../../shared/codeset/hierarchy';
import { displayCode } from '../../../../shared/codeset/orderFile';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { blockPath, chapterPath, codePath, CODES_PATH } from './paths';

export interface Crumb {
  to: string;
  label: string;
}

/** The crumbs above an entry (the entry itself excluded). */
export function crumbsOf(set: LoadedCodeSet, index: number): Crumb[] {
  const crumbs: Crumb[] = [];
  const place = blockOf(set.hierarchy, index);
  if (place) {
    crumbs.push({ to: chapterPath(place.chapter.number), label: `Chapter ${place.chapter.number}` });
    crumbs.push({ to: blockPath(place.block.range), label: place.block.range });
  }
  for (const a of ancestorsOf(set.hierarchy, index)) crumbs.push({ to: codePath(set.data.codes[a]!), label: displayCode(set.data.codes[a]!) });
  return crumbs;
}

export function Breadcrumbs({ crumbs, current }: { crumbs: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li><Link to={CODES_PATH}>ICD-10-CM</Link></li>
        {crumbs.map((c) => <li key={c.to}><Link to={c.to}>{c.label}</Link></li>)}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
