const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const { csrfSync } = require('csrf-sync');
const { sessionOptions } = require('./config/session');
const { requireEnv } = require('./config/env');
const authRoutes = require('./routes/auth');

const app = express();
const { csrfSynchronisedProtection } = csrfSync();

// One proxy (the load balancer) terminates TLS in front of the app: needed for secure: 'auto'.
app.set('trust proxy', 1);
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser(requireEnv('COOKIE_SECRET')));
app.use(session(sessionOptions));
app.use(csrfSynchronisedProtection);

app.use('/auth', authRoutes);

app.get('/', (req, res) => {
  if (!req.session.userId) return res.redirect('/auth/login');
  res.send(`Welcome back, ${req.session.displayName}.`);
});

app.listen(process.env.PORT || 3000, () => {
  console.log('Listening on port', process.env.PORT || 3000);
});
