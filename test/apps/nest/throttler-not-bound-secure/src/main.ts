import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';
import { doubleCsrf } from 'csrf-csrf';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET! });
  app.use(
    session({
      store: new RedisStore({ client: new Redis(process.env.REDIS_URL!) }),
      name: 'app.sid',
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict' },
    }),
  );
  app.use(doubleCsrfProtection);
  await app.listen(3000);
}
bootstrap();
