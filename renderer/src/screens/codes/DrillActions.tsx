/** The drills a part of the code set offers: the timed lookup drill and an FSRS flashcard deck. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { drillDeckPlan } from '../../../../shared/codeset/drillDeck';
import { resolveScope } from '../../../../shared/codeset/scope';
import { drillDeckMark, openOrCreateDrillDeck } from '../../db/codes/drillDecks';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { deckReviewPath, lookupDrillPath } from './paths';

export function DrillActions({ set, scope, what }: { set: LoadedCodeSet; scope: string; what: string }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState('');
  const makeDeck = async () => {
    const range = resolveScope(scope, set.data, set.hierarchy, set.byCode);
    const plan = range ? drillDeckPlan(set.data, range) : { ok: false as const, message: `${what} is not in the code set.` };
    if (!plan.ok) {
      setProblem(plan.message);
      return;
    }
    try {
      const { deck } = await openOrCreateDrillDeck(plan, drillDeckMark(set.data.year, scope));
      void navigate(deckReviewPath(deck.id));
    } catch (error) {
      setProblem(`The deck was not made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="drill-actions">
      <Link className="btn-primary" to={lookupDrillPath(scope)}>Lookup drill: {what}</Link>
      <button type="button" onClick={() => void makeDeck()}>Flashcard deck: {what}</button>
      {problem ? <p role="alert" className="field-error">{problem}</p> : null}
    </div>
  );
}
