/** Browsing the code set: a chapter's blocks, a block's categories (their codes open on the code page). */
import { Link, useParams } from 'react-router';
import { categoriesIn } from '../../../../shared/codeset/hierarchy';
import { blockScope, chapterScope } from '../../../../shared/codeset/scope';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Breadcrumbs } from './Breadcrumbs';
import { CodeList } from './CodeList';
import { DrillActions } from './DrillActions';
import { blockPath, chapterPath } from './paths';
import { WithCodeSet } from './WithCodeSet';

function NotInCodeSet({ what }: { what: string }) {
  return (
    <div>
      <Breadcrumbs crumbs={[]} current={what} />
      <p role="alert" className="alert">{what} is not in the active code set.</p>
    </div>
  );
}

export function ChapterScreen() {
  const { number = '' } = useParams();
  return (
    <WithCodeSet>
      {(set) => {
        const chapter = set.hierarchy.chapters.find((c) => String(c.number) === number);
        if (!chapter) return <NotInCodeSet what={`Chapter ${number}`} />;
        return (
          <div className="codes-screen">
            <Breadcrumbs crumbs={[]} current={`Chapter ${chapter.number}`} />
            <ScreenHeader title={`Chapter ${chapter.number} (${chapter.range})`} description={chapter.title}
              actions={<DrillActions set={set} scope={chapterScope(chapter.number)} what={`chapter ${chapter.number}`} />} />
            <section className="card" aria-labelledby="blocks-title">
              <h2 id="blocks-title">Blocks</h2>
              <ul className="code-list">
                {chapter.blocks.map((b) => (
                  <li key={b.range}>
                    <Link to={blockPath(b.range)}><span className="code-result-code">{b.range}</span><span>{b.title}</span></Link>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        );
      }}
    </WithCodeSet>
  );
}

export function BlockScreen() {
  const { range = '' } = useParams();
  return (
    <WithCodeSet>
      {(set) => {
        const chapter = set.hierarchy.chapters.find((c) => c.blocks.some((b) => b.range === range));
        const block = chapter?.blocks.find((b) => b.range === range);
        if (!chapter || !block) return <NotInCodeSet what={`Block ${range}`} />;
        return (
          <div className="codes-screen">
            <Breadcrumbs crumbs={[{ to: chapterPath(chapter.number), label: `Chapter ${chapter.number}` }]} current={block.range} />
            <ScreenHeader title={`${block.range} ${block.title}`} description={`Chapter ${chapter.number}: ${chapter.title}`}
              actions={<DrillActions set={set} scope={blockScope(block.range)} what={`block ${block.range}`} />} />
            <section className="card" aria-labelledby="categories-title">
              <h2 id="categories-title">Categories</h2>
              <CodeList set={set} entries={categoriesIn(set.hierarchy, block.first, block.end)} label="Categories" />
            </section>
          </div>
        );
      }}
    </WithCodeSet>
  );
}
