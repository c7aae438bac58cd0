require('dotenv').config();
const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const session = require('./middleware/session');
const routes = require('./routes');

const app = express();
app.set('trust proxy', 1);
app.use(cors({ origin: ['https://paper.example.edu'], credentials: true }));
app.use(cookieParser());
app.use(session);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(routes);

app.listen(process.env.PORT || 5000);
