import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from './auth/auth.module';
import { UsersModule } from './users/users.module';

// The limits are configured, but no ThrottlerGuard is bound: nothing is limited.
@Module({
  imports: [ThrottlerModule.forRoot([{ name: 'short', ttl: 1000, limit: 3 }, { name: 'long', ttl: 60_000, limit: 100 }]), UsersModule, AuthModule],
})
export class AppModule {}
