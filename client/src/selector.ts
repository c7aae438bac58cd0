/** Languages the server analyses, on disk and in unsaved editors. */
export const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'php', 'ini'] as const;

/**
 * Files analysed whatever language VS Code gives them (.htaccess has none by default; of YAML only
 * Symfony's framework config; php-fpm pool files by the folders and names language.ts routes).
 */
export const FILE_PATTERNS = [
  '**/.htaccess',
  '**/php.ini*',
  '**/.user.ini',
  '**/config/packages/**/framework.{yaml,yml}',
  '**/{pool.d,php-fpm.d}/*.conf',
  '**/{php-fpm,www}.conf',
] as const;

/** A text document filter in the shape both vscode and vscode-languageclient accept. */
export interface TextDocumentFilter {
  readonly scheme: string;
  readonly language?: string;
  readonly pattern?: string;
}

export const DOCUMENT_SELECTOR: TextDocumentFilter[] = [
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
];
