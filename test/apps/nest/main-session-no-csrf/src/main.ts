import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import connectPg from 'connect-pg-simple';
import { AppModule } from './app.module';

const PgStore = connectPg(session);

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.set('trust proxy', 1);
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
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
