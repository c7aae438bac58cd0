// Session settings, kept apart from the app so every environment shares them.
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const SESSION_SECRET = process.env.SESSION_SECRET;
if (!SESSION_SECRET) {
  throw new Error('SESSION_SECRET is not set. Set it to a long random value (for example: openssl rand -hex 32).');
}

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch((error) => {
  console.error('Cannot connect to Redis:', error);
  process.exit(1);
});

const THIRTY_MINUTES = 30 * 60 * 1000;

const sessionOptions = {
  name: 'app.sid',
  secret: SESSION_SECRET,
  store: new RedisStore({ client: redisClient, prefix: 'app:sess:' }),
  resave: false,
  saveUninitialized: false,
  rolling: true,
  cookie: {
    httpOnly: true,
    // Secure over HTTPS; requires app.set('trust proxy', 1) behind a TLS-terminating proxy.
    secure: 'auto',
    sameSite: 'lax',
    maxAge: THIRTY_MINUTES,
  },
};

module.exports = { sessionOptions };
