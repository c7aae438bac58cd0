const users = new Map();

export async function userFromGoogle(profile) {
  const known = users.get(profile.email);
  if (known) return known;
  const user = { id: users.size + 1, email: profile.email, name: profile.name };
  users.set(profile.email, user);
  return user;
}
