import type { Fix, TextEdit } from './edit';
import type { RelatedLocation } from './facts';
import type { TextRange } from './range';

export type Severity = 'error' | 'warn' | 'info';
export type RuleLevel = Severity | 'off';

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  /** The rendered message: what is wrong, why it matters, what to do. */
  readonly message: string;
  readonly severity: Severity;
  readonly range: TextRange;
  readonly related: readonly RelatedLocation[];
  /** A behaviour-keeping edit, applied by fix-all and `--fix`. */
  readonly fix?: Fix;
  /** Behaviour-changing edits a person must choose between. */
  readonly suggestions: readonly Fix[];
  /** True when the value depends on the environment and the report was softened. */
  readonly envDependent: boolean;
}

/** What a rule passes to `report`. */
export interface ReportDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly range: TextRange;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: FixDescriptor;
  readonly suggestions?: readonly FixDescriptor[];
  /** The value depends on the environment: the face reports it one level softer. */
  readonly envDependent?: boolean;
}

export interface FixDescriptor {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly edits: readonly TextEdit[] | undefined;
}

export function lowerSeverity(severity: Severity): Severity {
  return severity === 'error' ? 'warn' : 'info';
}

/** Fills `{{name}}` placeholders, as ESLint does, so messages read the same in every face. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}
