import type { ProjectContext } from '../../../model/project';
import { isTestFile } from '../../../testFiles';
import { PhpResolver } from '../resolve';
import { collectCookieParams, collectIniSets, collectSessionName, startCall, type RuntimeConfig } from '../adapters/sessionWrites';
import { phpParser } from '../grammar';
import { withParsedFile } from './parsedFiles';

/** Files of the listing larger than this are not read (generated code, dumps). */
const MAX_FILE_CHARS = 512 * 1024;
/** How many files' settings a process keeps; the least recently used go first. */
const MAX_ENTRIES = 4096;
/** The calls that write session settings; a file naming none of them is not parsed. */
const WRITERS = ['session_name', 'ini_set', 'ini_alter', 'session_set_cookie_params', 'session_start'];

/** The session settings (ini names) a file's PHP code writes, per file text (no tree kept). */
const writtenByFile = new Map<string, { readonly text: string; readonly settings: ReadonlySet<string> }>();

/**
 * The session settings that PHP files of the application other than `fileName` write:
 * `session_name('shaarli')` in init.php, when `fileName` is the session class whose wrapper method
 * only passes the cookie's lifetime, path and domain on. PHP keeps one configuration per request, so
 * a setting one file leaves out may well be made by the bootstrap that runs first; what it is there
 * is judged there. Test files are left out. Empty when the face cannot list the application's files.
 */
export function sessionSettingsWrittenElsewhere(project: ProjectContext, fileName: string): ReadonlySet<string> {
  const sources = project.phpSources?.(fileName);
  if (!sources || !phpParser.loaded) return new Set();
  const written = new Set<string>();
  for (const candidate of sources.files) {
    // A test bootstrap's settings are not the application's.
    if (candidate === fileName || isTestFile(candidate)) continue;
    const text = sources.read(candidate);
    if (text === undefined || text.length > MAX_FILE_CHARS || !WRITERS.some((name) => text.includes(name))) continue;
    for (const setting of settingsWrittenBy(candidate, text, project)) written.add(setting);
  }
  return written;
}

function settingsWrittenBy(fileName: string, text: string, project: ProjectContext): ReadonlySet<string> {
  const cached = writtenByFile.get(fileName);
  if (cached && cached.text === text) return cached.settings;
  const settings = withParsedFile(text, fileName, project, (file) => {
    const context = { file, resolver: new PhpResolver(file), facts: [] };
    const config: RuntimeConfig = { writes: [], cookieParams: [], iniSetStatements: [], configCalls: [], quote: "'" };
    collectIniSets(context, config);
    collectCookieParams(context, config);
    collectSessionName(context, config);
    const starts = file.callsTo('session_start').map((call) => startCall(context, call, config));
    return new Set([...config.writes, ...starts.flatMap((start) => start.writes)].map((write) => write.setting.ini));
  });
  writtenByFile.delete(fileName);
  writtenByFile.set(fileName, { text, settings });
  if (writtenByFile.size > MAX_ENTRIES) writtenByFile.delete(writtenByFile.keys().next().value!);
  return settings;
}
