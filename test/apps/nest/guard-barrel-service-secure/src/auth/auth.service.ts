import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import type { Request } from 'express';
import { UsersRepository } from '../users.repository';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersRepository) {}

  async validateUser(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    return user && (await bcrypt.compare(password, user.passwordHash)) ? { id: user.id, email: user.email } : null;
  }

  /** Keeps when and from where the user signed in, for the account's activity page. */
  async rememberLogin(req: Request) {
    req.session.signedInAt = Date.now();
    req.session.role = (await this.users.findById((req.user as { id: string }).id))?.role ?? 'member';
  }

  findById(id: string) {
    return this.users.findById(id);
  }
}
