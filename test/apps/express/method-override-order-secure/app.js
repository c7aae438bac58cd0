const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const methodOverride = require('method-override');
const csrf = require('csurf');
const articles = require('./routes/articles');

const app = express();
app.use(express.urlencoded({ extended: true }));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGODB_URI }),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true },
  }),
);
// Delete links in the article list: <a href="/articles/42?_method=DELETE">.
app.use(methodOverride('_method', { methods: ['GET', 'POST'] }));
app.use(csrf());
app.use('/articles', articles);

app.listen(3000);
