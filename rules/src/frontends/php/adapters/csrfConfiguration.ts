import type { Fact, RelatedLocation } from '../../../model/facts';
import type { CsrfSurfaceFact } from '../../../model/lifecycleFacts';
import type { ProjectContext } from '../../../model/project';
import type { PhpAdapterContext } from '../adapterContext';
import { includersOf } from '../app/includers';
import { configuredAtTopLevel } from '../app/scriptIncludes';
import { withParsedFile } from '../app/parsedFiles';
import { PhpResolver } from '../resolve';
import { configuresItself, scriptVerdict, sessionOf, type ExposedThroughConfiguration } from './csrfPlain';
import { lifecycleAuthAdapter } from './lifecycleAuth';
import { sessionRuntimeAdapter } from './sessionRuntime';

/** Scripts named in a finding's related places; the rest are counted in the message's route list. */
const MAX_RELATED_SCRIPTS = 5;

/**
 * A file that configures the PHP session for the scripts that include it (`lib/session.php`:
 * `session_set_cookie_params([...])` without 'samesite', then `session_start()`), and handles no
 * request itself: exposed to CSRF when a logged-in script that includes it (directly or through
 * other includes) changes data on POST without a token or an Origin check. Reported once, on the
 * configuration, where SameSite=Lax goes; each such script is a related place. The scripts are found
 * through the application's PHP listing (a reverse include index); a face that cannot list the
 * files reports each script instead (csrfPlain.ts), so no exposure goes unreported.
 */
export function configurationSurface(context: PhpAdapterContext): CsrfSurfaceFact | undefined {
  const { file } = context;
  const session = sessionOf(context);
  if (!session || !configuresItself(session) || !configuredAtTopLevel(file, session) || file.nodesOfType('class_declaration').length > 0) return undefined;
  const sameSite = session.cookie.sameSite;
  // Lax or Strict defends every script; a value from the environment or code is not judged (as for each script).
  if (sameSite.kind !== 'known' && sameSite.kind !== 'absent') return undefined;
  if (sameSite.kind === 'known' && (sameSite.value === 'lax' || sameSite.value === 'strict')) return undefined;
  const exposed = (includersOf(file.project, file.fileName) ?? [])
    .map((script) => verdictOf(file.project, file.fileName, script))
    .filter((verdict): verdict is ExposedThroughConfiguration => verdict?.configuration === file.fileName);
  if (exposed.length === 0) return undefined;
  const related: RelatedLocation[] = exposed.slice(0, MAX_RELATED_SCRIPTS).map((script) => ({ message: `${baseName(script.script)} changes data on POST without a CSRF token.`, range: script.change, file: script.script }));
  return {
    kind: 'csrf-surface',
    library: 'php-session',
    range: session.range,
    sessionStorage: 'server',
    routes: exposed.map((script) => ({ method: 'POST', path: baseName(script.script), range: session.range })),
    defence: { kind: 'none' },
    sameSiteJudged: true,
    optionName: (key) => key,
    related,
  };
}

/**
 * The verdict of one including script, read from the listing and judged as its own analysis judges it.
 * Not cached: it depends on the texts of every file the script includes, this configuration among them.
 */
function verdictOf(project: ProjectContext, configuration: string, script: string): ExposedThroughConfiguration | undefined {
  const text = project.phpSources?.(configuration)?.read(script);
  if (text === undefined) return undefined;
  return withParsedFile(text, script, project, (file) => {
    const facts: Fact[] = [];
    const context: PhpAdapterContext = { file, resolver: new PhpResolver(file), facts };
    // What the script's verdict reads: its own session fact, and whether it is a login or logout.
    sessionRuntimeAdapter.collect(context);
    lifecycleAuthAdapter.collect(context);
    const verdict = scriptVerdict(context);
    return verdict && 'configuration' in verdict ? verdict : undefined;
  });
}

function baseName(fileName: string): string {
  return fileName.replace(/\\/g, '/').split('/').pop() ?? fileName;
}
