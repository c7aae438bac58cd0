const express = require('express');
const { csrfSync } = require('csrf-sync');
const configureSession = require('./config/session');
const posts = require('./routes/posts');

const { csrfSynchronisedProtection, generateToken } = csrfSync();

const app = express();
app.use(express.json());
configureSession(app);
app.use(csrfSynchronisedProtection);
app.get('/api/csrf-token', (req, res) => res.json({ token: generateToken(req) }));
app.use('/api/posts', posts);

module.exports = app;
