import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { Pool } from 'pg';

@Injectable()
export class AuthService {
  private readonly db = new Pool();

  async findUser(email: string) {
    return (await this.db.query('SELECT id, role, password_hash FROM accounts WHERE email = $1', [email])).rows[0];
  }

  /** A new account: the password is hashed, never checked (there is nothing to check it against). */
  async createAccount(email: string, password: string) {
    const hash = await bcrypt.hash(password, 12);
    return (await this.db.query('INSERT INTO accounts (email, role, password_hash) VALUES ($1, $2, $3) RETURNING id', [email, 'member', hash])).rows[0].id as number;
  }

  passwordMatches(password: string, hash: string) {
    return bcrypt.compare(password, hash);
  }
}
