import { Body, Controller, Get, Patch, Session, UnauthorizedException } from '@nestjs/common';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('profile')
export class ProfileController {
  @Get()
  async show(@Session() session: Record<string, string>) {
    if (!session.userId) throw new UnauthorizedException();
    return (await pool.query('SELECT email, display_name FROM users WHERE id = $1', [session.userId])).rows[0];
  }

  @Patch('email')
  async changeEmail(@Session() session: Record<string, string>, @Body('email') email: string) {
    if (!session.userId) throw new UnauthorizedException();
    await pool.query('UPDATE users SET email = $1 WHERE id = $2', [email, session.userId]);
    return { ok: true };
  }
}
