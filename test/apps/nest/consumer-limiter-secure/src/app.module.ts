import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { rateLimit } from 'express-rate-limit';
import { AuthController } from './auth/auth.controller';
import { SearchController } from './search/search.controller';

@Module({ controllers: [AuthController, SearchController] })
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    // Password posts get a tight budget; searching is left alone.
    consumer.apply(rateLimit({ windowMs: 15 * 60_000, limit: 10 })).forRoutes({ path: 'auth/*', method: RequestMethod.POST });
  }
}
