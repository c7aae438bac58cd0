import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ignoreLiterals, type IgnoreLiterals } from './ignoreLiterals';
import { isInside, relativePosix } from './paths';

/** Directories never walked, whatever .gitignore says: dependencies and VCS metadata. */
export const ALWAYS_SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Composer's install folder: a `vendor` directory holding Composer's `autoload.php`. Like
 * node_modules it is third-party code (Laravel's and Symfony's own session internals, their test
 * fixtures), committed by some apps; findings there are not the app's to fix.
 */
export function isComposerVendor(name: string, directoryPath: string): boolean {
  return name === 'vendor' && fs.existsSync(path.join(directoryPath, 'autoload.php'));
}

/** One directory's .gitignore: its rules, and the literals that let most paths skip them. */
interface Level {
  readonly dir: string;
  readonly rules: Ignore;
  readonly literals: IgnoreLiterals;
}

/**
 * The .gitignore files that apply below one directory, with git's precedence: every directory's
 * .gitignore applies to the paths below it, and a deeper file's rules (including `!negations`)
 * override a shallower file's. Rules are read lazily, once per directory.
 *
 * `top` is where the chain starts: the repository root (the nearest ancestor of the scanned
 * directory holding `.git`), so a .gitignore above the scanned folder still counts, or the
 * scanned directory itself outside a repository.
 */
export class GitignoreRules {
  private readonly byDirectory = new Map<string, Level | null>();
  /** Per directory: the directories from `top` down to it that have rules, shallowest first. */
  private readonly chains = new Map<string, readonly Level[]>();
  /** Directories whose listing the walk has read: whether it holds a .gitignore (no stat needed). */
  private readonly listed = new Map<string, boolean>();

  constructor(private readonly top: string) {}

  /** The repository root above `directory` (holding `.git`), else `directory` itself. */
  static topFor(directory: string): string {
    let current = path.resolve(directory);
    for (;;) {
      if (fs.existsSync(path.join(current, '.git'))) return current;
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(directory);
      current = parent;
    }
  }

  /**
   * What a walk learnt from listing a directory: whether it holds a .gitignore. Saves a stat per
   * directory (a walk of 20,000 files spends more on those stats than on reading the listings).
   */
  noteListing(directory: string, hasGitignore: boolean): void {
    this.listed.set(directory, hasGitignore);
  }

  /** True when git would ignore the absolute path (a directory when `isDirectory`). */
  isIgnored(absolutePath: string, isDirectory: boolean): boolean {
    // Most directories have no rules above them: then nothing is ignored, without a path computed.
    const chain = this.chainOf(path.dirname(absolutePath));
    if (chain.length === 0) return false;
    let ignored = false;
    // From the top down to the path's parent; each level's verdict overrides the one above.
    for (const { dir, rules, literals } of chain) {
      const relative = relativePosix(dir, absolutePath) + (isDirectory ? '/' : '');
      if (!literals.mayMatch(relative)) continue;
      const verdict = rules.test(relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /**
   * The directories with rules from `top` down to `directory` (inside `top`), shallowest first;
   * cached, because a walk asks about every file of a directory (most have no .gitignore at all).
   */
  private chainOf(directory: string): readonly Level[] {
    const cached = this.chains.get(directory);
    if (cached) return cached;
    // Outside `top` (the parent of the top itself, too) no rules apply.
    if (!isInside(this.top, directory)) {
      this.chains.set(directory, []);
      return [];
    }
    const parent = path.dirname(directory);
    const above = directory === this.top || parent === directory ? [] : this.chainOf(parent);
    const level = this.rulesOf(directory);
    const chain = level ? [...above, level] : above;
    this.chains.set(directory, chain);
    return chain;
  }

  private rulesOf(directory: string): Level | null {
    const cached = this.byDirectory.get(directory);
    if (cached !== undefined) return cached;
    let level: Level | null = null;
    const file = path.join(directory, '.gitignore');
    // Most directories have none: a listing says so for free; a stat that returns undefined costs far
    // less than a failed read's exception.
    if (this.listed.get(directory) ?? fs.statSync(file, { throwIfNoEntry: false })) {
      try {
        const text = fs.readFileSync(file, 'utf8');
        // git matches case-insensitively where the filesystem does (macOS, Windows).
        const ignoreCase = process.platform === 'darwin' || process.platform === 'win32';
        level = { dir: directory, rules: ignore({ allowRelativePaths: true, ignoreCase }).add(text), literals: ignoreLiterals(text, ignoreCase) };
      } catch {
        // Not a readable file (a directory, no permission): no rules from this directory.
      }
    }
    this.byDirectory.set(directory, level);
    return level;
  }
}
