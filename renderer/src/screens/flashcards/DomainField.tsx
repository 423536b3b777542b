/** The "Exam domain" drop-down of the deck and card forms: every exam's content domains, or none. */
import { domainOptions } from '../../../../shared/flashcards/domains';
import { Field } from '../../components/Field';

export function DomainField({ value, onChange, hint }: { value: string; onChange: (domainId: string) => void; hint?: string }) {
  return (
    <Field label="Exam domain" hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">No domain</option>
          {domainOptions().map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
        </select>
      )}
    </Field>
  );
}
