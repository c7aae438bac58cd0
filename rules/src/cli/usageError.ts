/** A mistake in how the CLI was called (unknown option, missing path, bad config): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
