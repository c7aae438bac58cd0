/** Remembers the signed-in account in the session. */
export async function rememberAccount(request, account) {
  request.session.set('accountId', account.id);
}

/** Forgets the account: the rest of the session stays. */
export async function forgetAccount(request) {
  request.session.set('accountId', null);
}
