// A script in the style of early Express tutorials: one `const`, then the other requires and the app
// assigned to undeclared names (sloppy-mode globals), each on its own statement.
const express = require('express');
app = express();
session = require('express-session');
MongoStore = require('connect-mongo');
methodOverride = require('method-override');
todosRoutes = require('./routes/todos');

app.use(express.urlencoded({ extended: true }));
app.use(methodOverride('_method'));
app.use(
  // expect: csrf
  session({
    name: 'todo.sid',
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, maxAge: 30 * 60 * 1000 },
  }),
);
app.use(todosRoutes);

app.listen(3000);
