import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  // No session middleware: the login hands out a refresh JWT in a cookie.
  app.use(cookieParser());
  await app.listen(3000);
}
bootstrap();
