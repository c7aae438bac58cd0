import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CsrfMiddleware } from './common/csrf.middleware';
import { RequestLoggerMiddleware } from './common/request-logger.middleware';
import { ProfileController } from './profile/profile.controller';

@Module({ controllers: [ProfileController] })
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(RequestLoggerMiddleware, CsrfMiddleware).forRoutes('*');
  }
}
