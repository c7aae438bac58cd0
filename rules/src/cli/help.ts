import { REPOSITORY_URL } from '../model/rule';

/** The text of `sessionlint --help`. */
export function helpText(version: string): string {
  return `sessionlint ${version}: find insecure session and cookie settings in Express, Fastify and PHP code.

Usage: sessionlint [options] [paths...]
       sessionlint --stdin [--stdin-filename <path>] [options]
       sessionlint --explain <rule>

Paths are files or directories (default: the current directory). Directories are walked with
.gitignore respected; node_modules, Composer's vendor and .git are skipped. Nothing in the
scanned code is executed.

Options:
  -f, --format <stylish|json|sarif>  Output format (default: stylish)
  -o, --output <file>                Write the report to a file instead of standard output
      --rule <id=level>              Set a rule's level: off, info, warn or error (repeatable)
  -c, --config <file>                Read this JSON config instead of the nearest sessionlint.config.json
      --include-tests                Also report findings in test and fixture files (skipped by default)
      --max-warnings <n>             Exit with 1 when there are more than n warnings
      --fix                          Apply safe fixes to the files (suggestions are never applied)
      --max-file-size <size>         Skip files larger than this, with a notification (default 1m; 0: no limit)
      --time-budget <seconds>        Stop a file's analysis after this long, naming it (default 5; 0: off)
      --threads <n>                  Worker threads (default for larger runs: one per core but one, up
                                     to 4, from three cores on; 1: analyse in the main thread;
                                     --fix always uses one)
      --stdin                        Analyse standard input instead of files (not with --fix)
      --stdin-filename <path>        The file the input stands for: its language, report path and
                                     project (default <stdin>.js); it need not exist
      --color, --no-color            Colour the stylish report, or not (default: on a terminal)
  -q, --quiet                        Report errors only
      --exit-zero                    Exit with 0 even when there are findings (usage errors still exit 2)
      --explain <rule>               Print a rule's documentation (what it checks, why, examples), offline
  -v, --version                      Print the version
  -h, --help                         Print this help

Exit codes:
  0  no error-level findings (and no more warnings than --max-warnings)
  1  error-level findings, or more warnings than --max-warnings
  2  usage error (unknown option, missing path, invalid config) or internal error
Files that cannot be read (binary, too large, unreadable) or parsed are listed as notifications
in every format; they do not change the exit code.

Environment: NO_COLOR or FORCE_COLOR=0 / FORCE_COLOR=1 turn colour off / on (--color and --no-color
win); SESSIONLINT_NO_COMPILE_CACHE=1 turns off
the compile cache of TypeScript kept in $XDG_CACHE_HOME/sessionlint (~/.cache/sessionlint).

Documentation: ${REPOSITORY_URL}#command-line
`;
}
