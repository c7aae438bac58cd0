import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class UsersService {
  private readonly prisma = new PrismaClient();

  async checkPassword(email: string, password: string) {
    const user = await this.prisma.user.findUnique({ where: { email } });
    return user && (await argon2.verify(user.passwordHash, password)) ? user : null;
  }
}
