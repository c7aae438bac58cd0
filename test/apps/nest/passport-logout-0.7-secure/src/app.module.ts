import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { LocalStrategy } from './auth/local.strategy';

@Module({
  imports: [PassportModule.register({ session: true }), ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }])],
  controllers: [AuthController],
  providers: [LocalStrategy, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
