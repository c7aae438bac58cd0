import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.use(
    // The session carries no login (the API takes a Bearer token): no CSRF question.
    // ok: csrf
    session({
      name: 'notes.sid',
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, maxAge: 4 * 60 * 60 * 1000 },
    }),
  );
  await app.listen(3000);
}
bootstrap();
