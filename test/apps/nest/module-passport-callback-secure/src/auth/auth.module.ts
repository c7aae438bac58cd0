import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import passport from 'passport';
import { AuthController } from './auth.controller';
import './github.strategy';

@Module({ controllers: [AuthController] })
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer
      // Sends the user to GitHub: nobody is logged in here.
      .apply(passport.authenticate('github', { scope: ['read:user'] }))
      .forRoutes({ path: '/auth/github', method: RequestMethod.GET })
      // The OAuth callback: passport logs the user into the session here.
      // ok: session-regenerate-on-login (passport 0.6 regenerates the session when it logs in)
      .apply(passport.authenticate('github', { successRedirect: '/', failureRedirect: '/login' }))
      .forRoutes({ path: '/auth/github/callback', method: RequestMethod.GET });
  }
}
