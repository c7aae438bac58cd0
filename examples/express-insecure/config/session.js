// Session settings, kept apart from the app so every environment shares them.
const ONE_WEEK = 7 * 24 * 60 * 60 * 1000;

const sessionOptions = {
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
  cookie: {
    httpOnly: false,
    maxAge: ONE_WEEK,
  },
};

module.exports = { sessionOptions };
