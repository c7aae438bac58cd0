const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const { sessionOptions } = require('./config/session');
const authRoutes = require('./routes/auth');

const app = express();

app.use(express.urlencoded({ extended: false }));
app.use(cookieParser('cookie-signing-secret'));
app.use(session(sessionOptions));

app.use('/auth', authRoutes);

app.get('/', (req, res) => {
  if (!req.session.userId) return res.redirect('/auth/login');
  res.send(`Welcome back, ${req.session.displayName}.`);
});

app.listen(process.env.PORT || 3000, () => {
  console.log('Listening on http://localhost:3000');
});
