/* Route paths declared in two parts (a controller's prefix and a method's path), in any framework. */

/** `/account/` + `/login/` → `/account/login`; `''` + `/` → `/`. */
export function joinRouteSegments(prefix: string, path: string): string {
  return `/${[prefix, path].map(trimSlashes).filter(Boolean).join('/')}`;
}

/** `/account/` → `account`: a scan from both ends (a `^\/+|\/+$` pattern is polynomial on a run of slashes). */
function trimSlashes(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && part[start] === '/') start++;
  while (end > start && part[end - 1] === '/') end--;
  return part.slice(start, end);
}
