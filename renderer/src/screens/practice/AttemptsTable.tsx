/**
 * All practice attempts, newest first, a page at a time: score, verdict against the pass mark (or practice target),
 * pace. Delete and Undo live in the screen; a restored attempt sorts back where it was, inside the rows drawn
 * (the page never shrinks while the list is open).
 */
import { ShowMore } from '../../components/ShowMore';
import { usePagedRows } from '../../components/usePagedRows';
import { formatDay } from '../../lib/dates';
import { formatPercent, type AttemptRow } from './practiceView';

const ATTEMPTS = { one: 'attempt', other: 'attempts' };

export function AttemptsTable({
  rows,
  onEdit,
  onDelete,
}: {
  rows: AttemptRow[];
  onEdit: (row: AttemptRow) => void;
  onDelete: (row: AttemptRow) => void;
}) {
  const paging = usePagedRows(rows, (row) => row.attempt.id);
  return (
    <section className="card" aria-labelledby="practice-attempts-title">
      <h2 id="practice-attempts-title">Practice attempts</h2>
      <div className="practice-table-wrap">
        <table className="data practice-attempts">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Exam</th>
              <th scope="col">Source</th>
              <th scope="col" className="num">Correct</th>
              <th scope="col" className="num">Score</th>
              <th scope="col">Result</th>
              <th scope="col" className="num">Min per question</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody ref={paging.bodyRef}>
            {paging.visible.map((row) => {
              const a = row.attempt;
              const name = `the ${a.examCode} attempt of ${formatDay(a.date)}`;
              return (
                <tr key={a.id}>
                  <td>{formatDay(a.date)}</td>
                  <td>{a.examCode}</td>
                  <td className="wrap-anywhere">{a.source || <span className="muted">—</span>}</td>
                  <td className="num">{a.correct} of {a.totalQuestions}</td>
                  <td className="num">{row.percent === null ? '—' : formatPercent(row.percent)}</td>
                  <td>
                    {row.passed === null ? (
                      <span className="muted">—</span>
                    ) : (
                      <span
                        className={`badge ${row.passed ? 'status-complete' : 'status-behind'}`}
                        title={`Against ${formatPercent(row.passPercent ?? 0)}`}
                      >
                        {row.passed ? 'Pass' : 'Below pass mark'}
                      </span>
                    )}
                  </td>
                  <td className="num">{row.minutesPerQuestion === null ? '—' : row.minutesPerQuestion}</td>
                  <td className="practice-row-actions">
                    <button type="button" onClick={() => { paging.reveal(row.attempt.id); onEdit(row); }} aria-label={`Edit ${name}`}>Edit</button>
                    <button type="button" className="btn-danger" onClick={() => onDelete(row)} aria-label={`Delete ${name}`}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore paging={paging} noun={ATTEMPTS} />
    </section>
  );
}
