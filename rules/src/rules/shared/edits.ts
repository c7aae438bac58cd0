import { editsOverlap, type TextEdit } from '../../model/edit';

/**
 * Joins the edits of several option changes into one fix. Each editor call computes its edits on
 * the original text, so two insertions at the same place (two new properties in one object) would
 * garble the code: then, and when any part is missing, there is no combined fix at all.
 */
export function combineEdits(parts: readonly (readonly TextEdit[] | undefined)[]): TextEdit[] | undefined {
  const combined: TextEdit[] = [];
  for (const part of parts) {
    if (!part) return undefined;
    if (editsOverlap(combined, part)) return undefined;
    combined.push(...part);
  }
  return combined.length > 0 ? combined : undefined;
}
