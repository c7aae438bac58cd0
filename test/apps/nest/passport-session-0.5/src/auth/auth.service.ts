import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { UsersRepository } from '../users.repository';

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersRepository) {}

  async validateUser(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    return user && (await bcrypt.compare(password, user.passwordHash)) ? { id: user.id, email: user.email } : null;
  }

  findById(id: string) {
    return this.users.findById(id);
  }
}
