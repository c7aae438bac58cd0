import { Module } from '@nestjs/common';
import { AuthController } from './auth/auth.controller';
import { CoreModule } from './core/core.module';
import { UsersController } from './users/users.controller';

@Module({ imports: [CoreModule], controllers: [AuthController, UsersController] })
export class AppModule {}
