/**
 * The starter decks CoderPath offers, written by the team from public facts (no copied text, no CPT descriptors):
 * medical terminology word parts, the six HIPAA code sets, ICD-10-CM chapters, and the exams' formats from the
 * catalog (shared/study/exams.ts). Every card names its source.
 */
import { CHAPTER_SPECS } from '../../codeset/chaptersData';
import { listExamDefs, passMarkLabel } from '../../study/exams';
import type { CardDraft, DeckDraft } from '../drafts';
import { HIPAA_CODE_SETS, HIPAA_SOURCE } from './hipaa';
import { PREFIXES, ROOTS, SUFFIXES, WORD_PARTS_SOURCE } from './wordParts';

export interface StarterDeck {
  id: string;
  deck: DeckDraft & { starterId: string };
  cards: () => CardDraft[];
}

function wordParts(): CardDraft[] {
  const cards = (parts: typeof PREFIXES, kind: string): CardDraft[] =>
    parts.map(([part, meaning, example]) => ({
      front: `${part} (${kind})`,
      back: meaning,
      extra: example ? `Example: ${example}` : '',
      tags: ['word-part', kind],
      source: WORD_PARTS_SOURCE,
    }));
  return [...cards(PREFIXES, 'prefix'), ...cards(SUFFIXES, 'suffix'), ...cards(ROOTS, 'root')];
}

function hipaa(): CardDraft[] {
  return HIPAA_CODE_SETS.flatMap((set) => [
    { front: `HIPAA code set ${set.name}: what does it cover?`, back: set.covers, tags: ['hipaa', 'code-sets'], source: HIPAA_SOURCE },
    { front: `Who maintains ${set.name}?`, back: set.maintainer, tags: ['hipaa', 'code-sets'], source: HIPAA_SOURCE },
    { front: `When is ${set.name} updated?`, back: set.updates, tags: ['hipaa', 'code-sets'], source: HIPAA_SOURCE },
  ]).concat([
    {
      front: 'Name the six HIPAA code sets.',
      back: HIPAA_CODE_SETS.map((s) => s.name).join('; '),
      tags: ['hipaa', 'code-sets'],
      source: HIPAA_SOURCE,
    },
  ]);
}

const ICD_SOURCE = 'ICD-10-CM Tabular List FY2026 (CDC/NCHS), chapter ranges and titles; written by CoderPath';

function icdChapters(): CardDraft[] {
  return CHAPTER_SPECS.flatMap((chapter) => [
    { front: `ICD-10-CM chapter ${chapter.number}: which code range?`, back: `${chapter.range} — ${chapter.title}`, tags: ['icd-10-cm', 'chapters'], source: ICD_SOURCE },
    { front: `ICD-10-CM ${chapter.range}: which chapter?`, back: `Chapter ${chapter.number}: ${chapter.title}`, tags: ['icd-10-cm', 'chapters'], source: ICD_SOURCE },
  ]);
}

function examFormats(): CardDraft[] {
  return listExamDefs().flatMap((exam) => {
    const tags = ['exams', exam.code.toLowerCase()];
    const confirm = (verified: boolean) => (verified ? '' : ' (not confirmed by the credentialing body: check before the exam)');
    return [
      {
        front: `${exam.code} exam (${exam.body}): how many questions?`,
        back: `${exam.questions.value}${exam.questions.note ? ` — ${exam.questions.note}` : ''}${confirm(exam.questions.verified)}`,
        tags,
        source: exam.questions.source,
      },
      {
        front: `${exam.code} exam: how much time?`,
        back: `${exam.minutes.value} minutes (${Math.floor(exam.minutes.value / 60)} h${exam.minutes.value % 60 ? ` ${exam.minutes.value % 60} min` : ''})${confirm(exam.minutes.verified)}`,
        tags,
        source: exam.minutes.source,
      },
      { front: `${exam.code} exam: what is the pass mark?`, back: `${passMarkLabel(exam)}${confirm(exam.passMark.verified)}`, tags, source: exam.passMark.source },
    ];
  });
}

export const STARTER_DECKS: readonly StarterDeck[] = [
  {
    id: 'starter-word-parts',
    deck: { name: 'Medical terminology: word parts', description: 'Prefixes, suffixes and roots with their meanings.', domainId: 'medical-terminology', starterId: 'starter-word-parts' },
    cards: wordParts,
  },
  {
    id: 'starter-hipaa-code-sets',
    deck: { name: 'HIPAA code sets', description: 'The six code sets: what each covers, who maintains it, when it updates.', domainId: 'compliance-regulatory', starterId: 'starter-hipaa-code-sets' },
    cards: hipaa,
  },
  {
    id: 'starter-icd10cm-chapters',
    deck: { name: 'ICD-10-CM chapters', description: 'The chapters of the Tabular List: code ranges and titles.', domainId: 'icd-10-cm', starterId: 'starter-icd10cm-chapters' },
    cards: icdChapters,
  },
  {
    id: 'starter-exam-formats',
    deck: { name: 'Certification exam formats', description: 'Questions, time and pass mark of each exam, from the catalog.', starterId: 'starter-exam-formats' },
    cards: examFormats,
  },
];
