import type { INestApplication } from '@nestjs/common';
import session from 'express-session';
import connectPg from 'connect-pg-simple';

const PgStore = connectPg(session);

/** The session middleware, set up apart from main.ts so the e2e tests can share it. */
export function initializeSession(app: INestApplication): void {
  app.use(
    // expect: csrf
    session({
      store: new PgStore({ conString: process.env.DATABASE_URL }),
      name: '__Host-notes',
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, httpOnly: true, sameSite: 'none', maxAge: 8 * 60 * 60 * 1000 },
    }),
  );
}
