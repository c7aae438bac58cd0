/** Something the workspace code could not do, reported instead of thrown. */
export interface WorkspaceProblem {
  readonly kind: 'unreadable-directory' | 'symlink-loop' | 'invalid-manifest' | 'invalid-gitignore';
  /** Absolute path of the directory or file concerned. */
  readonly path: string;
  readonly message: string;
}

/** A short, stable description of a filesystem error (`EACCES: permission denied`). */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    const explanations: Readonly<Record<string, string>> = {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      ENOENT: 'no such file or directory',
      ELOOP: 'symbolic link loop',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
      EMFILE: 'too many open files',
    };
    return `${code}: ${explanations[code] ?? (error instanceof Error ? error.message : code)}`;
  }
  return error instanceof Error ? error.message : String(error);
}
