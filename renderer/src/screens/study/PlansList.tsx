/** All the learner's plans: which one is active, switch it, edit, or delete with Undo. */
import type { StudyPlan } from '../../../../shared/model/entities';
import { useUndo } from '../../components/UndoToast';
import { deletePlan, restorePlan, setActivePlan } from '../../db/study';
import { formatDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';

export function PlansList({
  plans,
  activeId,
  onEdit,
  onError,
}: {
  plans: StudyPlan[];
  activeId: string | undefined;
  onEdit: (plan: StudyPlan) => void;
  onError: (message: string) => void;
}) {
  const offerUndo = useUndo();
  const fail = (error: unknown) => onError(errorMessage(error));

  async function remove(plan: StudyPlan) {
    try {
      const undo = await deletePlan(plan.id);
      offerUndo({ message: `Deleted the plan “${plan.name}”.`, undo: () => restorePlan(undo).catch(fail) });
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section className="card" aria-labelledby="study-plans-title">
      <h2 id="study-plans-title">Your plans</h2>
      <table className="data">
        <caption className="visually-hidden">Study plans</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Exam</th>
            <th scope="col">Exam date</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="wrap-anywhere">{p.name}</th>
              <td>{p.examCode}</td>
              <td>{formatDay(p.examDate)}</td>
              <td>
                {p.id === activeId ? (
                  <span className="badge status-on-track">Active</span>
                ) : (
                  <button type="button" onClick={() => void setActivePlan(p.id).catch(fail)} aria-label={`Make “${p.name}” active`}>
                    Make active
                  </button>
                )}
              </td>
              <td className="row-actions">
                <button type="button" onClick={() => onEdit(p)} aria-label={`Edit “${p.name}”`}>Edit</button>
                <button type="button" className="btn-danger" onClick={() => void remove(p)} aria-label={`Delete “${p.name}”`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
