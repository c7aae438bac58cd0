// Secrets come from the environment; the app refuses to start without them.
function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set. Set it to a long random value (for example: openssl rand -hex 32).`);
  }
  return value;
}

module.exports = { requireEnv };
