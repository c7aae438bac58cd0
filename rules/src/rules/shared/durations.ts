/**
 * Durations in findings. Values arrive in seconds (frontends convert ms and minutes); limits are
 * compared in whole minutes so that a library default like @fastify/secure-session's 86401 s is
 * not reported as "longer than 24 hours".
 */

export function exceedsLimit(seconds: number, limitSeconds: number): boolean {
  return Number.isFinite(seconds) ? Math.floor(seconds / 60) > Math.floor(limitSeconds / 60) : seconds > 0;
}

const UNITS: readonly [number, string][] = [
  [365 * 86400, 'year'],
  [86400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * `30 days`, `8 hours`, `about 1.5 hours`; `an unlimited time` for Infinity, which reads right after
 * "for" and "is" in messages ("lives for an unlimited time").
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'an unlimited time';
  for (const [size, unit] of UNITS) {
    if (seconds >= size && seconds % size === 0) return plural(seconds / size, unit);
  }
  for (const [size, unit] of UNITS) {
    if (seconds >= size) return `about ${plural(Math.round((seconds / size) * 10) / 10, unit)}`;
  }
  return plural(seconds, 'second');
}

/** A limit given in an option's unit, as the user configured it: `24 hours`, `30 minutes`. */
export function formatLimit(amount: number, unit: 'hour' | 'minute'): string {
  return plural(amount, unit);
}
