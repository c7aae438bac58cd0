import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { UsersRepository } from '../users.repository';
import type { CreateUserParams, LoginUserParams } from '../common/types';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersRepository, private readonly jwt: JwtService) {}

  async signIn({ userName, userPassword }: LoginUserParams) {
    const user = await this.users.findByName(userName);
    if (!user || !(await bcrypt.compare(userPassword, user.passwordHash))) throw new UnauthorizedException();
    return { accessToken: await this.jwt.signAsync({ sub: user.id, name: user.name }) };
  }

  async register({ userName, userPassword, email }: CreateUserParams) {
    const passwordHash = await bcrypt.hash(userPassword, 12);
    return this.users.create({ name: userName, email, passwordHash });
  }
}
