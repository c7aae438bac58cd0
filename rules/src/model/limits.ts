/**
 * The default size budget of the engine, the CLI and the language server: 1 MiB. Parsing is
 * linear but not cheap (about 3 s and 250 MB per MB of minified JavaScript), and no hand-written
 * session setup comes near it; bundles and vendored code do.
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
