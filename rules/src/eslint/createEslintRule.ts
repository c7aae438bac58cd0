import type { Rule, SourceCode } from 'eslint';
import { runRules, type ActiveRule } from '../engine';
import type { Fix } from '../model/edit';
import type { Finding } from '../model/finding';
import { resolveOptions, ruleDocsUrl, standardOptionKeys, standardOptionsOf, type AnyRule } from '../model/rule';
import { EMPTY_PROJECT } from '../model/project';
import { readSessionlintSettings } from './eslintSettings';
import { fileFacts } from './fileFacts';
import { defaultOptionValues, eslintOptionsSchema } from './optionSchema';
import { warnOnce } from './warnings';

function eslintMeta(rule: AnyRule): Rule.RuleMetaData {
  const { meta } = rule;
  const schema = eslintOptionsSchema(meta.options, standardOptionKeys(meta));
  return {
    type: 'problem',
    docs: { description: meta.description, url: ruleDocsUrl(meta.id), recommended: meta.presets.recommended !== 'off' },
    ...(meta.fixable ? { fixable: 'code' as const } : {}),
    hasSuggestions: meta.hasSuggestions,
    // The engine's templates as they are: ESLint fills the same {{placeholders}} with the same data.
    messages: { ...meta.messages },
    schema,
    ...(schema.length > 0 ? { defaultOptions: [eslintDefaultOptions(rule)] } : {}),
  };
}

/**
 * ESLint merges `defaultOptions` (and the schema's defaults) into the options a rule receives, so a
 * rule could not tell an option the user set from its default. The options a standard sets
 * (`settings.sessionlint.standard`) are left out of both: absent, they take the standard's value, or
 * else the engine's default.
 */
function eslintDefaultOptions(rule: AnyRule): Record<string, unknown> {
  const defaults = defaultOptionValues(rule.meta.options);
  for (const key of standardOptionKeys(rule.meta)) delete defaults[key];
  return defaults;
}

function fixerFor(fix: Fix): Rule.ReportFixer {
  return (fixer) => fix.edits.map((edit) => fixer.replaceTextRange([edit.range.start, edit.range.end], edit.newText));
}

function toReport(rule: AnyRule, finding: Finding, sourceCode: SourceCode): Rule.ReportDescriptor {
  const { meta } = rule;
  const report: Rule.ReportDescriptor = {
    loc: { start: sourceCode.getLocFromIndex(finding.range.start), end: sourceCode.getLocFromIndex(finding.range.end) },
    messageId: finding.messageId,
    data: { ...finding.data },
  };
  // ESLint refuses fixes and suggestions a rule has not declared; the meta flags say what the rule promises.
  if (finding.fix && meta.fixable) report.fix = fixerFor(finding.fix);
  if (finding.suggestions.length > 0 && meta.hasSuggestions) {
    report.suggest = finding.suggestions.map((s) => ({ messageId: s.messageId, data: { ...s.data }, fix: fixerFor(s) }));
  }
  return report;
}

/**
 * The ESLint face of one engine rule. The file's facts are extracted once and shared by every
 * sessionlint rule; this rule then runs alone over them with the options ESLint gives it.
 */
export function createEslintRule(rule: AnyRule): Rule.RuleModule {
  return {
    meta: eslintMeta(rule),
    create(context) {
      return {
        Program() {
          const { sourceCode } = context;
          const { project, engineSettings } = readSessionlintSettings(context.settings);
          const shared = fileFacts(sourceCode, { fileName: context.filename, physicalFilename: context.physicalFilename, settingsProject: project ?? EMPTY_PROJECT, cwd: context.cwd });
          if (!shared) return;
          const given = context.options[0] as Readonly<Record<string, unknown>> | undefined;
          const options = { ...standardOptionsOf(rule.meta, engineSettings.standard), ...given };
          const active: ActiveRule = { rule, severity: rule.meta.defaultSeverity, options: resolveOptions(rule.meta.options, options) };
          const { findings, ruleErrors } = runRules({
            facts: shared.facts,
            comments: shared.comments,
            text: sourceCode.text,
            file: shared.file,
            settings: engineSettings,
            project: shared.project,
            rules: [active],
            directiveSyntaxes: ['sessionlint'],
          });
          for (const error of ruleErrors) warnOnce(`rule ${error.ruleId} failed on ${context.filename}: ${error.message}`);
          for (const finding of findings) context.report(toReport(rule, finding, sourceCode));
        },
      };
    },
  };
}
