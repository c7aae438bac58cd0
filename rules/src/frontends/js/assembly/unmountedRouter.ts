import * as path from 'node:path';
import type { AdapterContext } from '../adapterContext';
import { unwrap, type Node } from '../ast';
import { routeObject } from '../lifecycle/routes';
import { appModelFor, type AppModel } from './appModel';
import { objectKey } from './fileAssembly';

/**
 * Files that may load modules by a computed name (`require('./routes/' + f)`, a `readdirSync` loop,
 * glob, require-dir, consign, express-load): with one of them in the package, a file no import names
 * may still be mounted.
 */
// Several small patterns rather than one alternation: the ReDoS check could not decide the joined one in time.
const DYNAMIC_LOADING = [/\brequire\s*\(\s*[^'"\s)]/, /\bimport\s*\(\s*[^'"\s)]/, /\breaddir(?:Sync)?\s*\(/, /\bglob\b|require-dir|\bconsign\b|express-load|autoload/];
/** A file that creates an Express app: the package has an app its routes could be served by. */
const CREATES_APP = /\bexpress\s*\(\s*\)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when an Express route is registered on a router of a file that nothing loads: no app in the
 * file, no mount found, no file of the package naming it in an import, no module loaded by a computed
 * name, while another file of the package creates the app. Its routes are never served (a router
 * file left over beside the app's own routes), so they get no lifecycle findings.
 */
export function isUnmountedRouterFile(context: AdapterContext, registration: Node): boolean {
  if (registration.type !== 'CallExpression') return false;
  const callee = unwrap(registration.callee);
  const key = callee.type === 'MemberExpression' ? objectKey(context, routeObject(callee)) : undefined;
  if (!key) return false;
  const fileName = context.file.fileName;
  const model = appModelFor(context);
  const assembly = model.assemblyOf(fileName);
  if (!assembly || assembly.apps.has(key) || model.chainsTo(fileName, key, context.file.budget).length > 0) return false;
  // The walk ran out of budget: unknown, and the route is taken as served (what the file alone says).
  if (context.file.budget.exhausted) return false;
  const others = model.sources.files.filter((file) => file !== fileName);
  // A fixture or stdin: the package cannot be listed, so nothing can be concluded.
  if (others.length === 0) return false;
  const extension = path.extname(fileName);
  const base = path.basename(fileName, extension);
  // `require('./routes')` loads routes/index.js.
  const name = base === 'index' ? path.basename(path.dirname(fileName)) : base;
  const named = new RegExp(`['"\`/]${escapeRegExp(name)}(?:${escapeRegExp(extension)})?['"\`]`);
  const readers = model.filesWith(named).filter((file) => file !== fileName);
  if (readers.length > 0) return false;
  if (DYNAMIC_LOADING.some((pattern) => model.filesWith(pattern).length > 0)) return false;
  return appFiles(model).some((file) => file !== fileName);
}

/** The files of a package that create an Express app, once per model. */
const appFilesOf = new WeakMap<AppModel, readonly string[]>();

function appFiles(model: AppModel): readonly string[] {
  let files = appFilesOf.get(model);
  if (!files) {
    files = model.filesWith(CREATES_APP).filter((file) => (model.assemblyOf(file)?.apps.size ?? 0) > 0);
    appFilesOf.set(model, files);
  }
  return files;
}
