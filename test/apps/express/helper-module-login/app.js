const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { csrfSync } = require('csrf-sync');
const { createClient } = require('redis');
const adminRoutes = require('./routes/admin');

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(
  session({
    store: new RedisStore({ client: redis }),
    name: 'admin.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 2 * 60 * 60 * 1000 },
  }),
);
const { csrfSynchronisedProtection } = csrfSync();
app.use(csrfSynchronisedProtection);
app.use('/admin', adminRoutes);

app.listen(process.env.PORT || 3000);
