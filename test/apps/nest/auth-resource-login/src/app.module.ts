import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth/auth.controller';
import { LegacyAuthController } from './auth/legacy-auth.controller';
import { AuthService } from './auth/auth.service';
import { UsersRepository } from './users.repository';

@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } })],
  controllers: [AuthController, LegacyAuthController],
  providers: [AuthService, UsersRepository],
})
export class AppModule {}
