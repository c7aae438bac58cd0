/**
 * Token lifetimes as the JWT libraries read them, in seconds.
 *
 * - `ms`: jsonwebtoken and @fastify/jwt. A number is seconds; a string goes through vercel/ms
 *   (@lukeed/ms for @fastify/jwt): '15m', '2 hours', '7d', '1.5h'; a string without a unit is
 *   milliseconds ('60' is 0.06 s, a classic mistake).
 * - `jose`: `setExpirationTime('2h')`: a unit is required and there is no millisecond unit; a number
 *   is an absolute timestamp, not a lifetime, so it has no duration here.
 */
export type DurationDialect = 'ms' | 'jose';

const SECOND = 1;
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const YEAR = 365.25 * DAY;

const UNIT_SECONDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:milliseconds?|msecs?|ms)$/, 0.001],
  [/^(?:seconds?|secs?|s)$/, SECOND],
  [/^(?:minutes?|mins?|m)$/, MINUTE],
  [/^(?:hours?|hrs?|h)$/, HOUR],
  [/^(?:days?|d)$/, DAY],
  [/^(?:weeks?|w)$/, WEEK],
  [/^(?:years?|yrs?|y)$/, YEAR],
];

// These patterns read a duration *value* (a string the library will parse), not source code.
// `1`, `1.5` or `.5`, spelled without two adjacent digit runs (`\d*\.?\d+` backtracks quadratically on long digit strings).
const MS_FORMAT = /^(-?(?:\d+(?:\.\d+)?|\.\d+)) *([a-z]+)?$/i;
const JOSE_FORMAT = /^([+-])? ?(\d+|\d+\.\d+) ?([a-z]+)(?: (ago|from now))?$/i;

function unitSeconds(unit: string): number | undefined {
  const lower = unit.toLowerCase();
  for (const [pattern, seconds] of UNIT_SECONDS) if (pattern.test(lower)) return seconds;
  return undefined;
}

/** The lifetime a literal stands for, in seconds; undefined when the library would reject it or it is not a lifetime. */
export function durationSeconds(value: string | number | boolean | null | undefined, dialect: DurationDialect): number | undefined {
  if (typeof value === 'number') return dialect === 'ms' && Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const text = value.trim();
  if (dialect === 'ms') {
    const match = MS_FORMAT.exec(text);
    if (!match) return undefined;
    const unit = match[2] === undefined ? 0.001 : unitSeconds(match[2]);
    return unit === undefined ? undefined : Number(match[1]) * unit;
  }
  const match = JOSE_FORMAT.exec(text);
  if (!match) return undefined;
  const unit = unitSeconds(match[3]!);
  // jose has no millisecond unit.
  if (unit === undefined || unit < SECOND) return undefined;
  const amount = Number(match[2]) * unit;
  return match[1] === '-' || match[4]?.toLowerCase() === 'ago' ? -amount : amount;
}

/** A lifetime as jsonwebtoken and jose both accept it: '15m', '2h', '7d', '45s'. */
export function durationText(seconds: number): string {
  if (seconds % DAY === 0) return `${seconds / DAY}d`;
  if (seconds % HOUR === 0) return `${seconds / HOUR}h`;
  if (seconds % MINUTE === 0) return `${seconds / MINUTE}m`;
  return `${seconds}s`;
}
