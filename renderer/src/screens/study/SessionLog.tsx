/** The session log, newest first, a page at a time: edit in place, delete with Undo. */
import { useMemo, useState } from 'react';
import type { StudySession } from '../../../../shared/model/entities';
import type { ExamDef } from '../../../../shared/study/exams';
import { EditSession } from '../../components/EditSession';
import { ShowMore } from '../../components/ShowMore';
import { db } from '../../db/db';
import { useUndo } from '../../components/UndoToast';
import { usePagedRows } from '../../components/usePagedRows';
import { deleteSession, restoreSession, updateSession } from '../../db/study';
import { formatDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { SessionForm, sessionValues } from './SessionForm';
import { sessionsNewestFirst, topicLabel } from './studyView';

const SESSIONS = { one: 'session', other: 'sessions' };

export function SessionLog({
  sessions,
  examFor,
  onError,
}: {
  sessions: StudySession[];
  /** The exam whose topics a session uses (its plan's, else the active plan's). */
  examFor: (session: StudySession) => ExamDef | undefined;
  onError: (message: string) => void;
}) {
  const offerUndo = useUndo();
  const [editing, setEditing] = useState<StudySession | null>(null);
  const rows = useMemo(() => sessionsNewestFirst(sessions), [sessions]);
  const paging = usePagedRows(rows, (s) => s.id);
  const fail = (error: unknown) => onError(errorMessage(error));

  async function remove(session: StudySession) {
    try {
      const removed = await deleteSession(session.id);
      offerUndo({
        message: `Deleted the session of ${formatDay(session.date)} (${session.minutes} min).`,
        // The session comes back where it sorts, drawn even if that is past the rows shown.
        undo: () => restoreSession(removed).then(() => paging.reveal(removed.id), fail),
      });
    } catch (error) {
      fail(error);
    }
  }

  if (rows.length === 0) return <p className="muted">No sessions logged yet. Use the timer or log one by hand.</p>;

  return (
    <>
      {editing ? (
        <EditSession record={editing}>
          {(session) => (
            <SessionForm
              key={session.id}
              heading={`Edit the session of ${formatDay(session.date)}`}
              initial={sessionValues(session)}
              exam={examFor(session)}
              submitLabel="Save changes"
              onSubmit={async (draft) => {
                await updateSession(session.id, draft, db, { base: session });
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </EditSession>
      ) : null}
      <div className="table-scroll">
        <table className="data sessions">
          <caption className="visually-hidden">Study sessions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">Minutes</th>
              <th scope="col">Topic</th>
              <th scope="col">Notes</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody ref={paging.bodyRef}>
            {paging.visible.map((s) => {
              const name = `the session of ${formatDay(s.date)}, ${s.minutes} min`;
              return (
                <tr key={s.id} data-testid="session-row">
                  <td>{formatDay(s.date)}</td>
                  <td className="num">{s.minutes}</td>
                  <td>{topicLabel(examFor(s), s.domainId)}</td>
                  <td className="session-notes">{s.notes}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => { paging.reveal(s.id); setEditing(s); }} aria-label={`Edit ${name}`}>Edit</button>
                    <button type="button" className="btn-danger" onClick={() => void remove(s)} aria-label={`Delete ${name}`}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore paging={paging} noun={SESSIONS} />
    </>
  );
}
