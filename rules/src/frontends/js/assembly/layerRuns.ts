import { lastAtOrBefore } from '../../../model/sorted';
import { joinPath, layerOf, type Layer } from './appModel';
import type { FileAssembly, ObjectKey } from './fileAssembly';

/** The middleware `use`d on one object of one file under one prefix, flattened in order, with where each use ends. */
interface LayerRun {
  /** Offsets of the uses, ascending; undefined when the file's uses are not in source order (then they are filtered per question). */
  readonly ats: readonly number[] | undefined;
  /** Every layer of those uses, in order. */
  readonly layers: readonly Layer[];
  /** `ends[i]`: how many layers the first i + 1 uses add. */
  readonly ends: readonly number[];
}

/**
 * "Which middleware is mounted on this object before offset `at`?", asked once per route: filtering
 * every `use` of the file per route made an app with thousands of routes and middleware quadratic
 * (2,000 of each: 12 s, 4 million layer objects). The uses of an object are flattened once per file,
 * object and mount prefix, and a question is a binary search and a slice of shared layer objects.
 */
export class LayerRuns {
  private readonly runs = new Map<string, LayerRun>();

  /** Forget every run (a file's assembly changed). */
  clear(): void {
    this.runs.clear();
  }

  /** The layers mounted on `on` of `fileName` before offset `at`, with absolute paths under `prefix`: new array, shared layers. */
  before(fileName: string, assembly: FileAssembly, on: ObjectKey, at: number, prefix: string | undefined): Layer[] {
    const run = this.runOf(fileName, assembly, on, prefix);
    if (run.ats) {
      const count = lastAtOrBefore(run.ats, at - 1) + 1;
      return run.layers.slice(0, count === 0 ? 0 : run.ends[count - 1]);
    }
    return assembly.uses.filter((use) => use.on === on && use.at < at).flatMap((use) => layersOf(fileName, use, prefix));
  }

  private runOf(fileName: string, assembly: FileAssembly, on: ObjectKey, prefix: string | undefined): LayerRun {
    const id = `${fileName}\u0000${on}\u0000${prefix ?? '\u0001'}`;
    let run = this.runs.get(id);
    if (!run) {
      const uses = assembly.uses.filter((use) => use.on === on);
      const ats = uses.map((use) => use.at);
      const ascending = ats.every((value, i) => i === 0 || ats[i - 1]! <= value);
      const layers: Layer[] = [];
      const ends: number[] = [];
      for (const use of uses) {
        layers.push(...layersOf(fileName, use, prefix));
        ends.push(layers.length);
      }
      run = { ats: ascending ? ats : undefined, layers, ends };
      this.runs.set(id, run);
    }
    return run;
  }
}

function layersOf(fileName: string, use: FileAssembly['uses'][number], prefix: string | undefined): Layer[] {
  return use.middleware.map((m) => layerOf(m, fileName, prefix === undefined || use.path === undefined ? undefined : joinPath(prefix, use.path)));
}
