import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { frontendFor } from '../../rules/dist/frontends/registry';
import type { LanguageKind } from '../../rules/dist/frontends/frontend';
import { languageOf } from '../../rules/dist/language';
import { uriToFileName } from './uri';

/** Line comments for languages whose frontend has not landed yet; a frontend's own `lineComment` wins. */
const FALLBACK_LINE_COMMENTS: Readonly<Record<LanguageKind, string>> = { js: '//', php: '//', ini: ';', htaccess: '#', yaml: '#' };

/** What the server needs to know about an open document besides its text. */
export interface DocumentInfo {
  readonly uri: string;
  readonly fileName: string;
  readonly languageId: string;
  /** The engine language, or undefined when no frontend reads this kind of file. */
  readonly language: LanguageKind | undefined;
  /** Marker for inserted line comments (suppressions), in the document's syntax. */
  readonly lineComment: string;
}

export function documentInfo(uri: string, languageId: string): DocumentInfo {
  const fileName = uriToFileName(uri);
  const language = languageOf(fileName, languageId);
  const lineComment = language ? (frontendFor(language)?.lineComment ?? FALLBACK_LINE_COMMENTS[language]) : '//';
  return { uri, fileName, languageId, language, lineComment };
}

/**
 * The open documents (incremental sync) and a lookup by file name, so that the engine's
 * `readModule` and the manifest reader see unsaved text rather than the disk.
 */
export class OpenDocuments {
  readonly documents = new TextDocuments(TextDocument);
  private readonly uriByFileName = new Map<string, string>();

  constructor() {
    this.documents.onDidOpen(({ document }) => this.uriByFileName.set(path.normalize(uriToFileName(document.uri)), document.uri));
    this.documents.onDidClose(({ document }) => this.uriByFileName.delete(path.normalize(uriToFileName(document.uri))));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  isOpen(uri: string): boolean {
    return this.documents.get(uri) !== undefined;
  }

  /** The open document for a file on disk, if any. */
  byFileName(fileName: string): TextDocument | undefined {
    const uri = this.uriByFileName.get(path.normalize(fileName));
    return uri ? this.documents.get(uri) : undefined;
  }

  textOf(fileName: string): string | undefined {
    return this.byFileName(fileName)?.getText();
  }
}
