const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

/** Sessions in Redis for the app it is given: called from app.js before the routes. */
module.exports = function configureSession(app) {
  const client = createClient({ url: process.env.REDIS_URL });
  client.connect().catch(console.error);
  app.use(
    // ok: csrf (csrf-sync checks every unsafe request after the session, in app.js)
    session({
      name: 'board.sid',
      store: new RedisStore({ client, prefix: 'board:' }),
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, maxAge: 2 * 60 * 60 * 1000 },
    }),
  );
};
