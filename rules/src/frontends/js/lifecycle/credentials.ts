/**
 * What counts as checking a password or credential in a handler. Shared by the handler analysis
 * and the prefilter, which must let through every file where the analysis could find one.
 */
export const CREDENTIAL_CALL_NAMES: readonly string[] = [
  'compare', 'compareSync', 'timingSafeEqual', 'validPassword', 'verifyPassword', 'checkPassword', 'comparePassword', 'validatePassword',
  'isValidPassword', 'isPasswordValid', 'matchPassword', 'passwordMatches', 'checkCredentials', 'verifyCredentials',
];

/** Password hashing libraries: `verify` counts as a credential check only on these (`argon2.verify(hash, pw)`). */
export const HASHING_OBJECT_NAMES: readonly string[] = ['argon2', 'argon', 'bcrypt', 'bcryptjs', 'scrypt', 'pbkdf2'];
