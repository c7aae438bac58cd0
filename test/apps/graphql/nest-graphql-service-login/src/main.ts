import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import rateLimit from 'express-rate-limit';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  app.use(
    session({
      store: new RedisStore({ client: redis }),
      name: 'gql.sid',
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict' },
    }),
  );
  // Every request, the GraphQL endpoint's included, goes through one limiter.
  app.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
  await app.listen(3000);
}
bootstrap();
