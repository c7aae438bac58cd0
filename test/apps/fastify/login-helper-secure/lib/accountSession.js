/** Remembers the signed-in account in a new session: an id planted before the sign-in is worthless after it. */
export async function rememberAccount(request, account) {
  await request.session.regenerate();
  request.session.set('accountId', account.id);
}

/** Ends the whole session in the store. */
export async function forgetAccount(request) {
  await request.session.destroy();
}
