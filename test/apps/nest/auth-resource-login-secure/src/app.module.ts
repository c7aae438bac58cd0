import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { LegacyAuthController } from './auth/legacy-auth.controller';
import { AuthService } from './auth/auth.service';
import { UsersRepository } from './users.repository';

@Module({
  imports: [
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } }),
  ],
  controllers: [AuthController, LegacyAuthController],
  // Every route, POST /auth among them, goes through the throttler first.
  providers: [AuthService, UsersRepository, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
