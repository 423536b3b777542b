/** The exam content domains a card can train: every domain of the exam catalog once (ids are shared across exams). */
import { listExamDefs } from '../study/exams';

export interface DomainOption {
  id: string;
  label: string;
}

let cached: DomainOption[] | undefined;

export function domainOptions(): DomainOption[] {
  if (!cached) {
    const seen = new Map<string, string>();
    for (const exam of listExamDefs()) for (const d of exam.domains) if (!seen.has(d.id)) seen.set(d.id, d.label);
    cached = [...seen].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
  }
  return cached;
}

export function domainName(id: string | undefined): string {
  if (!id) return 'No domain';
  return domainOptions().find((d) => d.id === id)?.label ?? id;
}
