const express = require('express');
const configureSession = require('./config/session');
const posts = require('./routes/posts');

const app = express();
app.use(express.json());
configureSession(app);
app.use('/api/posts', posts);

module.exports = app;
