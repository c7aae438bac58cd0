import { Module } from '@nestjs/common';
import { AuthController } from './auth/auth.controller';
import { SearchController } from './search/search.controller';

@Module({ controllers: [AuthController, SearchController] })
export class AppModule {}
