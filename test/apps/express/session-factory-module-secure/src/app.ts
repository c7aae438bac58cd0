import express from 'express';
import { sessionMiddleware } from './middleware/session';
import apiRoutes from './routes';

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(sessionMiddleware());
app.use('/api', apiRoutes);

export default app;
