import express, { type Application } from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { doubleCsrf } from 'csrf-csrf';
import { rateLimit } from 'express-rate-limit';
import { redis } from './redis';
import { AuthRoutes } from './routes/auth.routes';

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });
const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET!, getSessionIdentifier: (req) => req.session.id });

export class Server {
  public readonly app: Application = express();

  constructor() {
    this.app.use(express.json());
    this.app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie: { secure: true } }));
    this.app.use(doubleCsrfProtection);
    this.app.use('/auth', new AuthRoutes().router);
  }
}

new Server().app.listen(3000);
