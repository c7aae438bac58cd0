import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { UsersService } from './auth/users.service';
import { NotesController } from './notes/notes.controller';

@Module({
  imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]), JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } })],
  controllers: [AuthController, NotesController],
  providers: [UsersService, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
