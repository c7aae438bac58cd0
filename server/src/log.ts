/** Where the server writes its log lines: the client's output channel (window/logMessage). */
export interface LogSink {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  log(message: string): void;
}

/**
 * The server's log. Files that fail to parse or rules that throw are logged once per file and
 * problem, not on every keystroke, so the output channel stays readable while a developer types.
 */
export class Logger {
  private readonly seen = new Set<string>();

  constructor(private readonly sink: LogSink) {}

  error(message: string): void {
    this.sink.error(message);
  }

  info(message: string): void {
    this.sink.info(message);
  }

  /** Logs `message` the first time `key` is seen; later calls with the same key are dropped. */
  once(key: string, level: 'warn' | 'info', message: string): void {
    if (this.seen.has(key)) return;
    if (this.seen.size > 10_000) this.seen.clear();
    this.seen.add(key);
    this.sink[level](message);
  }

  /** Forgets the keys of one file so that a new problem after a fix is logged again. */
  forget(prefix: string): void {
    for (const key of this.seen) if (key.startsWith(prefix)) this.seen.delete(key);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
