import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from '../accounts/account.entity';
import { AuthService } from './auth.service';

@Module({ imports: [TypeOrmModule.forFeature([Account])], providers: [AuthService], exports: [AuthService] })
export class AuthModule {}
