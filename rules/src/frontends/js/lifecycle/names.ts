/** `handleLogin`, `post_sign_in` → `handle-login`, `post-sign-in`: names split into words, for the name patterns below. */
export function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();
}

/** A logout by name, over {@link words}: `logout`, `signOut`, `handleLogOff`, `logoutUser`. */
export const LOGOUT_NAME = /(^|-)(log-?out|sign-?out|log-?off)(-|$)/;

/** A login by name, over {@link words}: `login`, `postSignIn`, `logOn`, `authenticate`. */
export const LOGIN_NAME = /(^|-)(log-?in|sign-?in|log-?on|authenticate)(-|$)/;
