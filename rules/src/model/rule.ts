import type { Fact } from './facts';
import type { RuleLevel, ReportDescriptor, Severity } from './finding';
import type { ProjectContext } from './project';
import type { StandardName } from './standards';

/** Where rule documentation lives; the docs URL of every rule is derived from it and the id. */
export const REPOSITORY_URL = 'https://github.com/sessionlint/sessionlint';

export function ruleDocsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/src/rules/${id}/README.md`;
}

export type OptionSchema =
  | { readonly type: 'number'; readonly description: string; readonly default: number; readonly minimum?: number }
  | { readonly type: 'boolean'; readonly description: string; readonly default: boolean }
  | { readonly type: 'string'; readonly description: string; readonly default: string; readonly enum?: readonly string[] }
  | { readonly type: 'string-array'; readonly description: string; readonly default: readonly string[] };

export type OptionsSchema = Readonly<Record<string, OptionSchema>>;

/** The option values a rule receives, typed from its schema. */
export type OptionsOf<S extends OptionsSchema> = {
  readonly [K in keyof S]: S[K] extends { type: 'number' }
    ? number
    : S[K] extends { type: 'boolean' }
      ? boolean
      : S[K] extends { type: 'string-array' }
        ? readonly string[]
        : string;
};

export interface RuleMeta<S extends OptionsSchema = OptionsSchema> {
  /** The rule id exactly as in RULES.md; also the folder name. */
  readonly id: string;
  /** Starts with Enforce, Require or Disallow. */
  readonly description: string;
  /** A longer explanation for SARIF fullDescription and hovers. */
  readonly rationale: string;
  readonly category: 'cookie' | 'session' | 'lifecycle' | 'jwt';
  readonly cwe: readonly number[];
  readonly references: readonly { readonly title: string; readonly url: string }[];
  readonly defaultSeverity: Severity;
  /** Level in the two presets; `off` leaves the rule out. */
  readonly presets: { readonly recommended: RuleLevel; readonly strict: RuleLevel };
  /** Option values a preset sets over the schema's defaults (what the user configures still wins). */
  readonly presetOptions?: { readonly recommended?: Readonly<Record<string, unknown>>; readonly strict?: Readonly<Record<string, unknown>> };
  /**
   * Option values a named standard sets (the `standard` setting), over the preset's and under what
   * the user configures for the rule. The rule's README cites where each number comes from.
   */
  readonly standardOptions?: { readonly [K in StandardName]?: Readonly<Record<string, unknown>> };
  /** True when some findings carry a behaviour-keeping fix. */
  readonly fixable: boolean;
  /** True when some findings carry suggestions. */
  readonly hasSuggestions: boolean;
  /** Message templates with `{{placeholders}}`: full sentences saying what, why and what to do. */
  readonly messages: Readonly<Record<string, string>>;
  readonly options: S;
}

export interface FileInfo {
  readonly fileName: string;
  readonly languageId: string;
  readonly isTestFile: boolean;
}

export interface RuleContext<O> {
  readonly facts: readonly Fact[];
  readonly options: O;
  readonly file: FileInfo;
  readonly project: ProjectContext;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleDefinition<S extends OptionsSchema = OptionsSchema> {
  readonly meta: RuleMeta<S>;
  check(context: RuleContext<OptionsOf<S>>): void;
}

/** The registry's view of a rule, with its options erased. */
export type AnyRule = RuleDefinition<OptionsSchema>;

/** Defines a rule. The id is given once; docs URL and ESLint name are derived from it. */
export function createRule<const S extends OptionsSchema>(rule: RuleDefinition<S>): AnyRule {
  return rule as unknown as AnyRule;
}

/** The option values a standard gives a rule, or none. */
export function standardOptionsOf(meta: RuleMeta, standard: StandardName | undefined): Readonly<Record<string, unknown>> | undefined {
  return standard === undefined ? undefined : meta.standardOptions?.[standard];
}

/** The options some standard sets: the ESLint face leaves them out of `defaultOptions` so that a standard can still set them. */
export function standardOptionKeys(meta: RuleMeta): ReadonlySet<string> {
  return new Set(Object.values(meta.standardOptions ?? {}).flatMap((options) => Object.keys(options ?? {})));
}

/** Option defaults merged with what the user gave, ignoring unknown keys and values of the wrong type. */
export function resolveOptions(schema: OptionsSchema, given: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(schema)) {
    const value = given?.[key];
    const fits =
      option.type === 'string-array'
        ? Array.isArray(value) && value.every((v) => typeof v === 'string')
        : typeof value === option.type && (option.type !== 'string' || !option.enum || option.enum.includes(value as string));
    result[key] = fits ? value : option.default;
  }
  return result;
}
