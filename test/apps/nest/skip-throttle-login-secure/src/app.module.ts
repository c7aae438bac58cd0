import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountController } from './account.controller';
import { HealthController } from './health.controller';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]), TypeOrmModule.forFeature([User])],
  controllers: [AccountController, HealthController],
  providers: [UsersService, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
