/**
 * True when one of `calls` names one of the user's own helpers (the `loginHelpers` /
 * `logoutHelpers` options): `auth.renewSession`, `Auth::renew` and `renew_session` match a listed
 * name whole or by their last part; PHP names ignore case, so the comparison does too.
 */
export function callsHelper(calls: readonly string[], helpers: readonly string[]): boolean {
  if (helpers.length === 0) return false;
  const wanted = new Set(helpers.map((h) => h.toLowerCase()));
  return calls.some((call) => wanted.has(call.toLowerCase()) || wanted.has((call.split(/\.|::|->/).pop() ?? '').toLowerCase()));
}
