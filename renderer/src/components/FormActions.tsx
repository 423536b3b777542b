import type { EditConflictChoice } from './useFormSubmit';

/**
 * The end of an add/edit form: why the last save failed (when given), the choice when the record was changed in
 * another window meanwhile, Cancel (when given) and the submit button.
 */
export function FormActions({
  failure,
  conflict,
  saving,
  submitLabel,
  onCancel,
}: {
  failure?: string | null;
  conflict?: EditConflictChoice | null;
  /** Disables the submit button so one click saves once. */
  saving: boolean;
  submitLabel: string;
  onCancel?: () => void;
}) {
  return (
    <>
      {failure ? <p className="alert alert-danger" role="alert">{failure}</p> : null}
      {conflict ? (
        <div className="alert alert-danger" role="alert" aria-label="Changed elsewhere">
          <p>
            <strong>Changed elsewhere.</strong> {conflict.message}{' '}
            {conflict.reload ? 'Reload shows the saved version (your changes here are dropped); ' : ''}Keep mine saves
            your version over it.
          </p>
          <div className="form-actions">
            {conflict.reload ? <button type="button" onClick={conflict.reload}>Reload</button> : null}
            <button type="button" className="btn-danger" onClick={() => void conflict.keepMine()}>Keep mine</button>
          </div>
        </div>
      ) : null}
      <div className="form-actions">
        {onCancel ? <button type="button" onClick={onCancel}>Cancel</button> : null}
        <button type="submit" className="btn-primary" disabled={saving}>{submitLabel}</button>
      </div>
    </>
  );
}
