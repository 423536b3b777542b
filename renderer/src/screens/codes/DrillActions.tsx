/** The drills a part of the code set offers: the timed lookup drill (and flashcard decks, where they exist). */
import { Link } from 'react-router';
import { lookupDrillPath } from './paths';

export function DrillActions({ scope, what }: { scope: string; what: string }) {
  return (
    <div className="drill-actions">
      <Link className="btn-primary" to={lookupDrillPath(scope)}>Lookup drill: {what}</Link>
    </div>
  );
}
