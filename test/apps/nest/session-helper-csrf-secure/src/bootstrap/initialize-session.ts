import type { INestApplication } from '@nestjs/common';
import session from 'express-session';
import connectPg from 'connect-pg-simple';
import { csrfSync } from 'csrf-sync';

const PgStore = connectPg(session);
const { csrfSynchronisedProtection } = csrfSync();

/** The session middleware and its CSRF check, set up apart from main.ts so the e2e tests can share them. */
export function initializeSession(app: INestApplication): void {
  app.use(
    // ok: csrf
    session({
      store: new PgStore({ conString: process.env.DATABASE_URL }),
      name: '__Host-notes',
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, httpOnly: true, sameSite: 'none', maxAge: 8 * 60 * 60 * 1000 },
    }),
  );
  app.use(csrfSynchronisedProtection);
}
