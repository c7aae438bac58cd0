/** Secrets come from the environment; the app refuses to start without them. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value || value.length < 32) throw new Error(`${name} must be set to a random value of at least 32 characters`);
  return value;
}
