import { Injectable } from '@nestjs/common';
import { Pool } from 'pg';

export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
}

@Injectable()
export class UsersRepository {
  private readonly pool = new Pool();

  async findByEmail(email: string): Promise<UserRow | undefined> {
    return (await this.pool.query<UserRow>('SELECT id, email, password_hash AS "passwordHash" FROM users WHERE email = $1', [email])).rows[0];
  }

  async findById(id: string) {
    return (await this.pool.query('SELECT id, email FROM users WHERE id = $1', [id])).rows[0];
  }
}
