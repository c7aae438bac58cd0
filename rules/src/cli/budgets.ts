import { DEFAULT_MAX_FILE_BYTES } from '../model/limits';
import { UsageError } from './usageError';

/**
 * The per-file budgets of the CLI. Size: a file over `--max-file-size` is neither read nor
 * analysed (a notification says so). Time: a file whose analysis takes longer than
 * `--time-budget` gets a notification naming it, so that a generated or vendored file can be
 * excluded with ignorePatterns; its findings are still reported (the work is done by then: one
 * parse is never interrupted, which is what the size budget bounds).
 */
export { DEFAULT_MAX_FILE_BYTES };
export const DEFAULT_TIME_BUDGET_MS = 5000;

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `--max-file-size`: bytes, or with a unit (`512k`, `2m`, `1.5MB`); 0 turns the budget off. */
export function parseSize(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UsageError(`--max-file-size must be a size such as 1048576, 512k or 2m (0: no limit), not '${raw}'.`);
  return Math.round(Number(match[1]) * unit);
}

/** `--time-budget`: seconds (`5`, `0.5`) or milliseconds with `ms` (`500ms`); 0 turns the notification off. */
export function parseDuration(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(raw.trim());
  if (!match) throw new UsageError(`--time-budget must be seconds such as 5 or 0.5, or milliseconds such as 500ms (0: off), not '${raw}'.`);
  const value = Number(match[1]);
  return Math.round(match[2]?.toLowerCase() === 'ms' ? value : value * 1000);
}

/** `1 MiB`, `512 KiB`, `300 bytes`: sizes in notifications. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
