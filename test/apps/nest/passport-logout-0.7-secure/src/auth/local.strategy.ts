import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import * as bcrypt from 'bcrypt';
import { Pool } from 'pg';

const pool = new Pool();

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  async validate(username: string, password: string) {
    const row = (await pool.query('SELECT id, hash FROM users WHERE username = $1', [username])).rows[0];
    if (!row || !(await bcrypt.compare(password, row.hash))) throw new UnauthorizedException();
    return { id: row.id };
  }
}
