import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { initializeSession } from './bootstrap/initialize-session';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.set('trust proxy', 1);
  initializeSession(app);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
