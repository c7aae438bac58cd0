import { NestFactory } from '@nestjs/core';
import { rateLimit } from 'express-rate-limit';
import { AppModule } from './app.module';
import { initializeSession } from './bootstrap/initialize-session';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.set('trust proxy', 1);
  initializeSession(app);
  app.use('/auth/login', rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 }));
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
