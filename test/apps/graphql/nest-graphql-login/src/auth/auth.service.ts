import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { Pool } from 'pg';

@Injectable()
export class AuthService {
  private readonly pool = new Pool();

  async check(email: string, password: string) {
    const user = (await this.pool.query('SELECT id, email, hash FROM users WHERE email = $1', [email])).rows[0];
    return user && (await bcrypt.compare(password, user.hash)) ? { id: user.id as string, email: user.email as string } : null;
  }
}
