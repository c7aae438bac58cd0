const express = require('express');
const cookieSession = require('cookie-session');

const loginRoutes = require('./routes/login');
const logoutRoutes = require('./routes/logout');
const mapsRoutes = require('./routes/maps');

const app = express();
app.use(
  cookieSession({
    name: 'maps_session',
    keys: [process.env.SESSION_KEY],
    maxAge: 8 * 60 * 60 * 1000,
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
  }),
);
app.use(express.urlencoded({ extended: true }));

app.use('/login', loginRoutes);
app.use('/logout', logoutRoutes);
app.use('/api/maps', mapsRoutes);

app.listen(8080);
