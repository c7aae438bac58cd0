import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { rateLimit } from 'express-rate-limit';
import { AuthController } from './auth/auth.controller';
import { SearchController } from './search/search.controller';

@Module({ controllers: [AuthController, SearchController] })
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    // Every route but the login, which was thought to be limited by the identity provider.
    consumer
      .apply(rateLimit({ windowMs: 15 * 60_000, limit: 100 }))
      .exclude({ path: 'auth/login', method: RequestMethod.POST })
      .forRoutes('*');
  }
}
