/** `handleLogin`, `post_sign_in` → `handle-login`, `post-sign-in`: names split into words, for the name patterns below. */
export function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();
}

/**
 * A handler named for creating an account, over {@link words}: `registerUser`, `signUp`, `createAccount`,
 * `handleRegistration`, `newUser`. With no credential checked it only creates the account: a sign-up.
 */
export const SIGNUP_NAME = /(^|-)(sign-?up|register|registration|(create|new)-(user|account|member))(-|$)/;

/** A logout by name, over {@link words}: `logout`, `signOut`, `handleLogOff`, `logoutUser`. */
export const LOGOUT_NAME = /(^|-)(log-?out|sign-?out|log-?off)(-|$)/;

/** A login by name, over {@link words}: `login`, `postSignIn`, `logOn`, `authenticate`. */
export const LOGIN_NAME = /(^|-)(log-?in|sign-?in|log-?on|authenticate)(-|$)/;

/**
 * A login word qualifying a thing that is not a login, over {@link words}: logto's `/sign-in-experience` and `/sign-in-exp/…`
 * (the branding of the sign-in page), `/login-settings`, `/signin-methods`. The noun after the word is what
 * the name is about; `/login-company` (a company's login) keeps the login as its action.
 */
export const LOGIN_QUALIFIER = /(^|-)(log-?in|sign-?in|log-?on)-(experience|exp|page|settings?|config|configs|configuration|options|methods?|providers?|connectors?|ui|assets|logs?|history|attempts|stats|branding|theme|templates?)(-|$)/;

/**
 * A password reset or change by name, over {@link words}: `changePassword`, `/reset-password/:token`,
 * `passwordReset`. One that writes the user into the session logs them in (lireddit's `changePassword`).
 */
export const PASSWORD_RESET_NAME = /(^|-)((reset|change|forgot|forgotten|recover|new)-password|password-(reset|change|recovery))(-|$)/;

/** `/auth/reset-password/:token` → `auth-reset-password`: a path's named segments as words. */
export function pathWords(path: string): string {
  return words(path.split('/').filter((segment) => segment !== '' && !segment.startsWith(':')).join('-'));
}
