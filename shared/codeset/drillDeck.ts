/**
 * FSRS drill decks from a part of the code set: for every valid-for-submission code in the range, a
 * "description → code" card and a "code → description" card, tagged with the ICD-10-CM content domain of the
 * exams (shared/study/exams.ts `icd-10-cm`). The flashcards feature stores and schedules them.
 */
import { billableIn } from './hierarchy';
import { displayCode } from './orderFile';
import type { ScopeRange } from './scope';
import type { CodeSetData } from './types';

/** The exams' content domain for ICD-10-CM diagnosis coding. */
export const ICD10CM_DOMAIN_ID = 'icd-10-cm';
/** Codes one deck takes at most (two cards each): a whole chapter of injuries would be tens of thousands of cards. */
export const DRILL_DECK_MAX_CODES = 1000;

export interface DrillCardDraft {
  front: string;
  back: string;
  tags: string[];
  domainId: string;
  source: string;
}

export type DrillDeckPlan =
  | { ok: true; name: string; description: string; domainId: string; cards: DrillCardDraft[] }
  | { ok: false; message: string };

export function drillDeckPlan(data: CodeSetData, range: ScopeRange): DrillDeckPlan {
  const codes = billableIn(data, range.first, range.end);
  if (codes.length === 0) return { ok: false, message: `${range.label} has no code valid for submission.` };
  if (codes.length > DRILL_DECK_MAX_CODES) {
    return {
      ok: false,
      message: `${range.label} has ${codes.length.toLocaleString('en-US')} valid codes; a deck takes at most ${DRILL_DECK_MAX_CODES.toLocaleString('en-US')}. Choose one of its blocks or categories.`,
    };
  }
  const source = `ICD-10-CM FY${data.year} (CMS order file)`;
  const tags = [ICD10CM_DOMAIN_ID, `fy${data.year}`];
  const cards: DrillCardDraft[] = [];
  for (const i of codes) {
    const code = displayCode(data.codes[i]!);
    const description = data.longDescriptions[i]!;
    cards.push({ front: description, back: code, tags: [...tags, 'description-to-code'], domainId: ICD10CM_DOMAIN_ID, source });
    cards.push({ front: code, back: description, tags: [...tags, 'code-to-description'], domainId: ICD10CM_DOMAIN_ID, source });
  }
  return {
    ok: true,
    name: `ICD-10-CM FY${data.year}: ${range.label}`,
    description: `${codes.length.toLocaleString('en-US')} valid codes, each as description → code and code → description.`,
    domainId: ICD10CM_DOMAIN_ID,
    cards,
  };
}
