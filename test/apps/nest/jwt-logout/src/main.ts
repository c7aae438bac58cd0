import { NestFactory } from '@nestjs/core';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: true });
  const redis = createClient({ url: process.env.REDIS_URL });
  await redis.connect();
  // A server-side session beside the JWTs: the logout below leaves it alive.
  app.use(
    session({
      store: new RedisStore({ client: redis, prefix: 'shop:' }),
      name: 'shop.sid',
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 4 * 60 * 60 * 1000 },
    }),
  );
  app.setGlobalPrefix('api');
  await app.listen(4000);
}
bootstrap();
