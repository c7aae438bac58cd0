import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './selector';

const LOOK: Readonly<Record<State, { text: string; tooltip: string; background?: vscode.ThemeColor }>> = {
  [State.Starting]: { text: '$(sync~spin) sessionlint', tooltip: 'sessionlint: starting the server' },
  [State.Running]: { text: '$(shield) sessionlint', tooltip: 'sessionlint: running. Click for the output.' },
  [State.StartFailed]: { text: '$(error) sessionlint', tooltip: 'sessionlint: the server failed to start. Click for the output.', background: new vscode.ThemeColor('statusBarItem.errorBackground') },
  [State.Stopped]: { text: '$(error) sessionlint', tooltip: 'sessionlint: the server stopped. Click for the output.', background: new vscode.ThemeColor('statusBarItem.errorBackground') },
};

/** A status bar item with the server state, shown while a document sessionlint reads is active. */
export function createStatusBar(client: LanguageClient, showOutputCommand: string): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sessionlint.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'sessionlint';
  item.command = showOutputCommand;
  const render = (state: State): void => {
    const look = LOOK[state];
    item.text = look.text;
    item.tooltip = look.tooltip;
    item.backgroundColor = look.background;
  };
  const toggle = (editor: vscode.TextEditor | undefined): void => {
    if (editor && vscode.languages.match(DOCUMENT_SELECTOR, editor.document) > 0) item.show();
    else item.hide();
  };
  render(client.state);
  toggle(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    item,
    client.onDidChangeState(({ newState }) => render(newState)),
    vscode.window.onDidChangeActiveTextEditor(toggle),
  );
}
