import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcryptjs';

export interface User {
  id: string;
  email: string;
  passwordHash: string;
}

/** A user whose password can be checked against the stored hash. */
export class CheckedUser implements User {
  constructor(readonly id: string, readonly email: string, readonly passwordHash: string) {}

  validatePassword(plain: string): Promise<boolean> {
    return bcrypt.compare(plain, this.passwordHash);
  }
}

@Injectable()
export class UserService {
  private readonly users = new Map<string, CheckedUser>();

  async findUserByEmail(email: string): Promise<CheckedUser | undefined> {
    return this.users.get(email.toLowerCase());
  }
}
