import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { Pool } from 'pg';

@Injectable()
export class AuthService {
  private readonly db = new Pool();

  async findUser(email: string) {
    return (await this.db.query('SELECT id, role, password_hash FROM accounts WHERE email = $1', [email])).rows[0];
  }

  passwordMatches(password: string, hash: string) {
    return bcrypt.compare(password, hash);
  }
}
