/**
 * The work one analysis of one file may do beyond parsing: a number of steps proportional to the
 * text, and optionally a deadline. Every analysis that can grow with the shape of the code (value
 * resolution, handler flows, lifecycle walks) spends from the file's one budget; once it is spent
 * they answer "unknown" (silent), so the analysis ends at once with the findings it has, and the
 * face says which part stopped. Step counts decide, not the clock, where a deadline is not asked for:
 * the same text gives the same findings in every face.
 */
export class AnalysisBudget {
  private steps = 0;
  private spentOn: string | undefined;

  /**
   * @param maxSteps steps before the analysis stops.
   * @param deadline `performance.now()` time after which it stops (the editor's time budget); none by default.
   */
  constructor(
    readonly maxSteps: number,
    private readonly deadline = Infinity,
  ) {}

  /** A budget for a text: {@link STEPS_PER_CHARACTER} steps a character, at least {@link MIN_STEPS}. */
  static forText(text: string, deadline?: number): AnalysisBudget {
    return new AnalysisBudget(Math.max(MIN_STEPS, text.length * STEPS_PER_CHARACTER), deadline);
  }

  /** Spends `steps` steps on `what`; false once the budget is spent (and from then on). */
  spend(what: string, steps = 1): boolean {
    if (this.spentOn !== undefined) return false;
    const before = this.steps;
    this.steps += steps;
    if (this.steps > this.maxSteps) this.spentOn = `${what} (${this.maxSteps.toLocaleString('en-US')} steps)`;
    // The clock is read once every 1,024 steps: a step is far cheaper than reading it.
    else if ((before >> 10 !== this.steps >> 10) && this.deadline !== Infinity && performance.now() > this.deadline) this.spentOn = `${what} (the time budget)`;
    return this.spentOn === undefined;
  }

  /**
   * Reads the clock without spending steps, for work bounded elsewhere but long in all (the app
   * model parsing the package's other files, each within its own budget): false once past the
   * deadline or once the budget is spent. Without a deadline it costs nothing and changes nothing.
   */
  inTime(what: string): boolean {
    if (this.spentOn === undefined && this.deadline !== Infinity && performance.now() > this.deadline) this.spentOn = `${what} (the time budget)`;
    return this.spentOn === undefined;
  }

  /** What was running when the budget ran out; undefined while it lasts. */
  get exhausted(): string | undefined {
    return this.spentOn;
  }

  get used(): number {
    return this.steps;
  }
}

/**
 * Real files use far less: with memoisation each expression is resolved about once. The floor keeps
 * small files with long import chains unaffected; the rate keeps a hostile shape linear in its size.
 */
export const MIN_STEPS = 200_000;
export const STEPS_PER_CHARACTER = 4;

/** The message faces show when an analysis stopped at its budget. */
export function budgetMessage(fileName: string, exhausted: string): string {
  return `${fileName}: analysis stopped at its budget in ${exhausted}; findings that depend on the rest may be missing`;
}
