import * as vscode from 'vscode';
import { ESLINT_EXTENSION_ID, LANGUAGES_ESLINT_CANNOT_READ, usesEslintPlugin } from './eslintOverlap';

const DISMISSED_KEY = 'sessionlint.eslintOverlap.dismissed';

/**
 * Once per workspace folder: when the ESLint extension is installed and the folder's package.json
 * depends on eslint and sessionlint, says that JavaScript findings may show twice and offers to
 * leave JavaScript and TypeScript to ESLint (`sessionlint.validate` for that folder).
 */
export async function checkEslintOverlap(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.extensions.getExtension(ESLINT_EXTENSION_ID)) return;
  const dismissed = context.workspaceState.get<string[]>(DISMISSED_KEY, []);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (dismissed.includes(folder.uri.toString())) continue;
    if (vscode.workspace.getConfiguration('sessionlint', folder.uri).get<unknown>('validate') != null) continue;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'package.json')));
    } catch {
      continue;
    }
    if (!usesEslintPlugin(text)) continue;
    const leave = 'Leave JS/TS to ESLint';
    const keep = 'Keep both';
    const answer = await vscode.window.showInformationMessage(
      `sessionlint: ${folder.name} also runs sessionlint's ESLint plugin, so the ESLint extension may show each JavaScript and TypeScript finding a second time. Leave those files to ESLint here (sessionlint keeps PHP, ini and .htaccess), or keep both (sessionlint also follows options imported from other files).`,
      leave,
      keep,
    );
    if (answer === leave) {
      await vscode.workspace.getConfiguration('sessionlint', folder.uri).update('validate', [...LANGUAGES_ESLINT_CANNOT_READ], vscode.ConfigurationTarget.WorkspaceFolder);
    }
    if (answer !== undefined) await context.workspaceState.update(DISMISSED_KEY, [...dismissed, folder.uri.toString()]);
  }
}
