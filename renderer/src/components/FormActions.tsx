/** The end of an add/edit form: why the last save failed (when given), Cancel (when given) and the submit button. */
export function FormActions({
  failure,
  saving,
  submitLabel,
  onCancel,
}: {
  failure?: string | null;
  /** Disables the submit button so one click saves once. */
  saving: boolean;
  submitLabel: string;
  onCancel?: () => void;
}) {
  return (
    <>
      {failure ? <p className="alert alert-danger" role="alert">{failure}</p> : null}
      <div className="form-actions">
        {onCancel ? <button type="button" onClick={onCancel}>Cancel</button> : null}
        <button type="submit" className="btn-primary" disabled={saving}>{submitLabel}</button>
      </div>
    </>
  );
}
