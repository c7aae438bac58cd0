// The same script with lusca's CSRF check after the session, itself required into an undeclared name.
const express = require('express');
app = express();
session = require('express-session');
MongoStore = require('connect-mongo');
methodOverride = require('method-override');
lusca = require('lusca');
todosRoutes = require('./routes/todos');

app.use(express.urlencoded({ extended: true }));
app.use(methodOverride('_method'));
app.use(
  // ok: csrf
  session({
    name: 'todo.sid',
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 30 * 60 * 1000 },
  }),
);
app.use(lusca.csrf());
app.use(todosRoutes);

app.listen(3000);
