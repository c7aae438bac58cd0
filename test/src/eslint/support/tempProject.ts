import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../support/paths';

export const ESLINT_BIN = path.join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/**
 * A throwaway project directory with its own eslint.config.js, in which `sessionlint` and
 * `@typescript-eslint/parser` resolve by package name through node_modules symlinks to this
 * checkout, as they would after `npm install sessionlint`.
 */
export class TempProject {
  readonly root: string;

  constructor(files: Readonly<Record<string, string>>) {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sessionlint-eslint-')));
    this.link('sessionlint', REPO_ROOT);
    this.link('@typescript-eslint/parser', path.join(REPO_ROOT, 'node_modules', '@typescript-eslint', 'parser'));
    for (const [name, text] of Object.entries(files)) this.write(name, text);
  }

  private link(packageName: string, target: string): void {
    const at = path.join(this.root, 'node_modules', ...packageName.split('/'));
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(target, at, 'junction');
  }

  write(relative: string, text: string): void {
    const file = path.join(this.root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  read(relative: string): string {
    return fs.readFileSync(path.join(this.root, relative), 'utf8');
  }

  /** Runs the real eslint binary in the project. */
  eslint(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [ESLINT_BIN, ...args], { cwd: this.root, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** ESLint's `--format json` output, the fields the tests look at. */
export interface EslintFileResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; line: number; column: number; severity: number; message: string; fatal?: boolean }[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export function parseJsonOutput(stdout: string): EslintFileResult[] {
  return JSON.parse(stdout) as EslintFileResult[];
}
