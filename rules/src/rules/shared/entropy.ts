/**
 * A small, conservative estimate of how guessable a secret is. Not a password meter: it only has to
 * tell a random key from a phrase, a placeholder or a short word.
 */

/** Example and placeholder secrets copied from READMEs and tutorials. */
const PLACEHOLDER_SECRETS = new Set([
  'keyboard cat',
  'secret',
  'mysecret',
  'my-secret',
  'my secret',
  'changeme',
  'change-me',
  'change me',
  'supersecret',
  'super-secret',
  'your-secret-key',
  'your_secret_key',
  'secret-key',
  'secretkey',
  'session-secret',
  'sessionsecret',
  'shhhhh',
  'password',
  'test',
  'dev',
]);

export function isPlaceholderSecret(secret: string): boolean {
  return PLACEHOLDER_SECRETS.has(secret.trim().toLowerCase());
}

/**
 * Bits of entropy, the lower of two estimates: the string's own symbol distribution (Shannon
 * entropy per character × length), which punishes repetition, and length × log2 of the character
 * classes it uses, which punishes a small alphabet.
 */
export function estimateEntropyBits(secret: string): number {
  const characters = [...secret];
  if (characters.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of characters) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perCharacter = 0;
  for (const count of counts.values()) {
    const p = count / characters.length;
    perCharacter -= p * Math.log2(p);
  }
  let alphabet = 0;
  if (/[a-z]/.test(secret)) alphabet += 26;
  if (/[A-Z]/.test(secret)) alphabet += 26;
  if (/[0-9]/.test(secret)) alphabet += 10;
  if (/[^A-Za-z0-9]/.test(secret)) alphabet += 33;
  const byAlphabet = characters.length * Math.log2(Math.max(alphabet, 1));
  return Math.min(characters.length * perCharacter, byAlphabet);
}

/** Why a secret is weak, as a phrase for a message; undefined when it looks strong enough. */
export function secretWeakness(secret: string, minLength: number, minEntropyBits: number): string | undefined {
  if (secret.length === 0) return 'it is empty';
  if (isPlaceholderSecret(secret)) return `'${secret}' is a well-known example value`;
  if (secret.length < minLength) return `it has only ${secret.length} characters, fewer than ${minLength}`;
  const bits = Math.floor(estimateEntropyBits(secret));
  if (bits < minEntropyBits) return `it has only about ${bits} bits of entropy, fewer than ${minEntropyBits}`;
  return undefined;
}
