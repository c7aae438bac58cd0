import type { AnalysisBudget } from '../model/budget';
import type { DocumentMemory } from '../model/documentMemory';
import type { Fact } from '../model/facts';
import type { ProjectContext } from '../model/project';
import type { TextRange } from '../model/range';

/** The languages the engine analyses, by frontend. */
export type LanguageKind = 'js' | 'php' | 'ini' | 'htaccess' | 'yaml';

export interface SourceComment {
  readonly range: TextRange;
  /** The comment's text without its delimiters (`//`, `/*`, `#`, `;`). */
  readonly text: string;
}

export interface FrontendInput {
  readonly text: string;
  readonly fileName: string;
  readonly project: ProjectContext;
  /** What the frontend kept from analysing the document's previous version (the editor's documents). */
  readonly memory?: DocumentMemory;
  /** The work the analysis may do; the engine reads what ran out. A frontend that loops over the code's shape spends from it. */
  readonly budget?: AnalysisBudget;
}

export interface FrontendOutput {
  readonly facts: readonly Fact[];
  readonly comments: readonly SourceComment[];
  /** Set when the file could not be parsed; facts are then empty (or partial, for recovering parsers). */
  readonly parseError?: string;
}

export interface Frontend {
  readonly language: LanguageKind;
  /** The line-comment marker for inserted comments in this language (`//`, `#`, `;`). */
  readonly lineComment: string;
  /** Loads what the frontend needs once (a grammar); the engine awaits it before the first analysis. */
  load?(): Promise<void>;
  /**
   * Cheap test on the raw text: false means the file cannot hold a fact, so it is never parsed.
   * Must never lose a finding (a test runs every fixture through it). `fileName` where the name
   * itself can make a fact (a PHP script named logout.php is a logout handler).
   */
  mightContainFacts(text: string, fileName?: string): boolean;
  analyze(input: FrontendInput): FrontendOutput;
}
