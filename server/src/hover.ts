import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../../rules/dist/model/rule';
import { allRules } from '../../rules/dist/rules';
import { linesOf, type DocumentAnalysis } from './analysis';
import { toRange } from './diagnostics';

/**
 * The why behind a finding, on hover: diagnostics say what is wrong and what to do in one short
 * line; the hover adds, for each rule reported at the position, its description, its rationale and
 * a link to its documentation. Editors show it under the diagnostic's own message.
 */
export function findingHover(analysis: DocumentAnalysis, position: Position): Hover | null {
  const lines = linesOf(analysis);
  const offset = lines.offsetAt(position);
  const here = analysis.findings.filter((f) => f.range.start <= offset && offset <= f.range.end);
  if (here.length === 0) return null;
  const sections: string[] = [];
  for (const ruleId of [...new Set(here.map((f) => f.ruleId))]) {
    const meta = allRules.find((r) => r.meta.id === ruleId)?.meta;
    if (!meta) continue;
    sections.push(`**sessionlint/${meta.id}**: ${meta.description}.\n\n${meta.rationale}\n\n[Documentation](${ruleDocsUrl(meta.id)})`);
  }
  if (sections.length === 0) return null;
  // The narrowest finding's range: the one the cursor is most precisely on.
  const narrowest = here.reduce((a, b) => (b.range.end - b.range.start < a.range.end - a.range.start ? b : a));
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(lines, narrowest.range) };
}
