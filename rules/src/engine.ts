import { frontendFor } from './frontends/registry';
import type { Frontend, LanguageKind, SourceComment } from './frontends/frontend';
import { languageOf } from './language';
import { looksMinified } from './minified';
import { looksVendoredLibrary } from './vendored';
import type { Fact } from './model/facts';
import { formatMessage, lowerSeverity, type Finding, type ReportDescriptor, type Severity, type FixDescriptor } from './model/finding';
import type { Fix } from './model/edit';
import type { DocumentMemory } from './model/documentMemory';
import { AnalysisBudget } from './model/budget';
import { DEFAULT_MAX_FILE_BYTES } from './model/limits';
import { EMPTY_PROJECT, type ProjectContext } from './model/project';
import type { AnyRule, FileInfo, RuleMeta } from './model/rule';
import { resolveOptions, standardOptionsOf } from './model/rule';
import type { Settings } from './model/settings';
import { ruleConfigLevel, ruleConfigOptions } from './model/settings';
import { allRules } from './rules';
import { removeSuppressed, type DirectiveSyntax } from './suppression';
import { isTestFile } from './testFiles';

export interface AnalyzeOptions {
  readonly fileName: string;
  /** The editor's language id, when there is one; otherwise the file name decides. */
  readonly languageId?: string;
  readonly settings?: Settings;
  readonly project?: ProjectContext;
  /**
   * The size budget: a text of more UTF-8 bytes than this is not analysed (`skipped: 'size'`).
   * Default {@link DEFAULT_MAX_FILE_BYTES} (1 MiB); 0: no limit.
   */
  readonly maxFileBytes?: number;
  /**
   * The memory of the document this text is a version of, kept by the caller between versions: the
   * frontend re-parses only what changed since the version it last analysed with it. Same findings
   * with or without it.
   */
  readonly memory?: DocumentMemory;
  /**
   * Milliseconds the analysis beyond parsing may take (the editor's time budget): past it, the
   * analyses still running answer "unknown" and the result says so in `budgetExhausted`. None by
   * default: a step budget proportional to the text bounds every analysis anyway.
   */
  readonly timeBudgetMs?: number;
  /**
   * Minified or bundled JavaScript (`skipped: 'minified'`) and browser libraries checked in as
   * distributed (`skipped: 'vendored'`, see {@link looksVendoredLibrary}) are not analysed unless this is 'analyze'.
   */
  readonly minified?: 'skip' | 'analyze';
}

export { DEFAULT_MAX_FILE_BYTES };

export interface AnalysisResult {
  readonly findings: readonly Finding[];
  readonly language?: LanguageKind;
  /** Why the file was not analysed: no frontend for its language, the prefilter found nothing to look at, or it is over the size budget. */
  readonly skipped?: 'language' | 'prefilter' | 'size' | 'minified' | 'vendored';
  /** With `skipped: 'size'`: the text's size in UTF-8 bytes and the budget it is over. */
  readonly size?: { readonly bytes: number; readonly maxFileBytes: number };
  /** Wall-clock time the analysis took, for the faces' time budgets (a slow file is reported, not cut short). */
  readonly elapsedMs?: number;
  readonly parseError?: string;
  /** Set when an analysis stopped at its budget: what was running (the findings it would have added may be missing). */
  readonly budgetExhausted?: string;
  /** Budget steps the analysis spent: a measure of its work that does not depend on the machine (tests, the bench). */
  readonly workSteps?: number;
  /** Rules that threw; the other rules still ran. */
  readonly ruleErrors: readonly { readonly ruleId: string; readonly message: string }[];
}

export interface ActiveRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: Record<string, unknown>;
}

/** The rules a settings object turns on, with their severities and options. */
export function activeRules(settings: Settings = {}, rules: readonly AnyRule[] = allRules): ActiveRule[] {
  const preset = settings.preset ?? 'recommended';
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const config = settings.rules?.[rule.meta.id];
    const level = ruleConfigLevel(config) ?? rule.meta.presets[preset];
    if (level === 'off') continue;
    // The preset's options, then the standard's thresholds, then what the user set for the rule.
    const options = { ...rule.meta.presetOptions?.[preset], ...standardOptionsOf(rule.meta, settings.standard), ...ruleConfigOptions(config) };
    active.push({ rule, severity: level, options: resolveOptions(rule.meta.options, options) });
  }
  return active;
}

function renderFix(meta: RuleMeta, descriptor: FixDescriptor | undefined): Fix | undefined {
  if (!descriptor?.edits || descriptor.edits.length === 0) return undefined;
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`${meta.id}: unknown fix message id '${descriptor.messageId}'`);
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(descriptor.data ?? {})) data[key] = String(value);
  return { messageId: descriptor.messageId, data, message: formatMessage(template, data), edits: descriptor.edits };
}

function toFinding(active: ActiveRule, descriptor: ReportDescriptor, settings: Settings): Finding | undefined {
  const { meta } = active.rule;
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`${meta.id}: unknown message id '${descriptor.messageId}'`);
  const envDependent = descriptor.envDependent === true;
  if (envDependent && settings.envDependent === 'ignore') return undefined;
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(descriptor.data ?? {})) data[key] = String(value);
  const suggestions = (descriptor.suggestions ?? []).map((s) => renderFix(meta, s)).filter((s): s is Fix => s !== undefined);
  const fix = renderFix(meta, descriptor.fix);
  return {
    ruleId: meta.id,
    messageId: descriptor.messageId,
    data,
    message: formatMessage(template, data),
    // A value the deployment decides (`secure: process.env.NODE_ENV === 'production'`, the idiom the
    // express-session docs recommend) is at most info: the code is right wherever that condition holds.
    severity: envDependent ? 'info' : active.severity,
    range: descriptor.range,
    related: descriptor.related ?? [],
    ...(fix ? { fix } : {}),
    suggestions,
    envDependent,
  };
}

export interface RunRulesInput {
  readonly facts: readonly Fact[];
  readonly comments: readonly SourceComment[];
  readonly text: string;
  readonly file: FileInfo;
  readonly settings?: Settings;
  readonly project?: ProjectContext;
  /** Restrict to these rules (the ESLint plugin runs one rule per ESLint rule). */
  readonly rules?: readonly ActiveRule[];
  /**
   * The suppression comments to honour (default: both). The ESLint face honours sessionlint's only:
   * ESLint applies its own `eslint-disable` comments, and would call them unused if the engine had
   * already dropped the findings they name.
   */
  readonly directiveSyntaxes?: readonly DirectiveSyntax[];
}

/** Runs rules over facts: the part of the engine every face shares, including ESLint. */
export function runRules(input: RunRulesInput): { findings: Finding[]; ruleErrors: { ruleId: string; message: string }[] } {
  const settings = input.settings ?? {};
  const testPolicy = settings.testFiles ?? 'check';
  if (input.file.isTestFile && testPolicy === 'ignore') return { findings: [], ruleErrors: [] };
  const findings: Finding[] = [];
  const ruleErrors: { ruleId: string; message: string }[] = [];
  const seen = new Set<string>();
  for (const active of input.rules ?? activeRules(settings)) {
    try {
      active.rule.check({
        facts: input.facts,
        options: active.options as never,
        file: input.file,
        project: input.project ?? EMPTY_PROJECT,
        report(descriptor) {
          const finding = toFinding(active, descriptor, settings);
          if (!finding) return;
          const key = `${finding.ruleId}:${finding.messageId}:${finding.range.start}:${finding.range.end}`;
          if (seen.has(key)) return;
          seen.add(key);
          findings.push(finding);
        },
      });
    } catch (error) {
      // One failing rule must not take the others down.
      ruleErrors.push({ ruleId: active.rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  let result = removeSuppressed(findings, input.comments, input.text, { syntaxes: input.directiveSyntaxes });
  if (input.file.isTestFile && testPolicy === 'downgrade') {
    result = result.map((f) => ({ ...f, severity: f.severity === 'info' ? 'info' : lowerSeverity(f.severity) }));
  }
  result.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
  return { findings: result, ruleErrors };
}

/** What {@link screen} decides: the result of a file that needs no analysis, or the frontend that analyses it. */
export type Screening = { readonly skipped: AnalysisResult } | { readonly skipped?: undefined; readonly language: LanguageKind; readonly frontend: Frontend };

/**
 * The cheap part of {@link analyze}: which frontend reads the file, the size budget and the
 * prefilter. The CLI runs it on every file in its main thread and hands only what passes to the
 * worker threads, which load the parsers.
 */
export function screen(text: string, options: Pick<AnalyzeOptions, 'fileName' | 'languageId' | 'maxFileBytes' | 'minified'>): Screening {
  const language = languageOf(options.fileName, options.languageId);
  const frontend = language ? frontendFor(language) : undefined;
  if (!language || !frontend) return { skipped: { findings: [], skipped: 'language', ruleErrors: [] } };
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes: count the bytes only when the length leaves it open.
  if (maxFileBytes > 0 && text.length * 3 > maxFileBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxFileBytes) return { skipped: { findings: [], language, skipped: 'size', size: { bytes, maxFileBytes }, ruleErrors: [] } };
  }
  if (!frontend.mightContainFacts(text, options.fileName)) return { skipped: { findings: [], language, skipped: 'prefilter', ruleErrors: [] } };
  // Asked only of what passes the prefilter: a bundle is where the time goes, not where sessions are configured.
  if (language === 'js' && options.minified !== 'analyze') {
    if (looksMinified(text)) return { skipped: { findings: [], language, skipped: 'minified', ruleErrors: [] } };
    if (looksVendoredLibrary(text, options.fileName)) return { skipped: { findings: [], language, skipped: 'vendored', ruleErrors: [] } };
  }
  return { language, frontend };
}

/** Analyses one file's text: frontend by language, prefilter, facts, rules, suppression. Never throws on bad input. */
export async function analyze(text: string, options: AnalyzeOptions): Promise<AnalysisResult> {
  const screening = screen(text, options);
  if (screening.skipped) return screening.skipped;
  const { language, frontend } = screening;
  await frontend.load?.();
  // Loading a grammar (once per process) is not the file's time.
  const started = performance.now();
  const project = options.project ?? EMPTY_PROJECT;
  const budget = AnalysisBudget.forText(text, options.timeBudgetMs ? started + options.timeBudgetMs : undefined);
  let output;
  try {
    output = frontend.analyze({ text, fileName: options.fileName, project, memory: options.memory, budget });
  } catch (error) {
    const elapsedMs = performance.now() - started;
    return { findings: [], language, parseError: `internal error in the ${language} frontend: ${error instanceof Error ? error.message : String(error)}`, ruleErrors: [], elapsedMs };
  }
  const file: FileInfo = { fileName: options.fileName, languageId: options.languageId ?? language, isTestFile: isTestFile(options.fileName) };
  const { findings, ruleErrors } = runRules({ facts: output.facts, comments: output.comments, text, file, settings: options.settings, project });
  const exhausted = budget.exhausted;
  return { findings, language, ...(output.parseError ? { parseError: output.parseError } : {}), ...(exhausted ? { budgetExhausted: exhausted } : {}), workSteps: budget.used, ruleErrors, elapsedMs: performance.now() - started };
}
