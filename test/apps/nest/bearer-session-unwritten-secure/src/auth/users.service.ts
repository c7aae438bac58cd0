import { Injectable, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';

interface User {
  id: number;
  email: string;
  passwordHash: string;
}

@Injectable()
export class UsersService {
  private readonly users: User[] = [];

  async check(email: string, password: string): Promise<User> {
    const user = this.users.find((u) => u.email === email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    return user;
  }
}
