/** Flashcard mastery per content domain of the exam, beside the practice scores (shared/flashcards/mastery.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { ExamDef } from '../../../../shared/study/exams';
import { masteryPercent } from '../../../../shared/flashcards/mastery';
import { MASTERY_STABILITY_DAYS } from '../../../../shared/flashcards/deckSettings';
import { readMasteryForExam } from '../../db/flashcardReads';

export function MasteryPanel({ exam }: { exam: ExamDef }) {
  const rows = useLiveQuery(() => readMasteryForExam(exam.code), [exam.code]);
  if (!rows) return null;
  const withCards = rows.filter((r) => r.cards > 0);
  const label = (id: string) => exam.domains.find((d) => d.id === id)?.label ?? id;
  return (
    <section className="card mastery-panel" aria-labelledby="mastery-title">
      <h2 id="mastery-title">Flashcard mastery by {exam.code} domain</h2>
      {withCards.length === 0 ? (
        <p className="muted">
          No flashcards for the {exam.code} domains yet. <Link to="/flashcards">Add a deck</Link> and give it a domain: mastery then shows here beside your
          practice scores.
        </p>
      ) : (
        <>
          <p className="muted">Share of each domain’s cards you keep for {MASTERY_STABILITY_DAYS} days or more (FSRS stability).</p>
          <div className="table-scroll">
            <table className="mastery-table">
              <thead><tr><th scope="col">Domain</th><th scope="col">Mastered</th><th scope="col">Cards</th></tr></thead>
              <tbody>
                {withCards.map((r) => (
                  <tr key={r.domainId}><th scope="row">{label(r.domainId)}</th><td>{masteryPercent(r)}%</td><td>{r.mastered} of {r.cards}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
