import { Body, Controller, Post, Req, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import type { Request } from 'express';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('auth')
export class AuthController {
  // expect: login-rate-limit
  @Post('login')
  async login(@Req() req: Request, @Body() body: { username: string; password: string }) {
    const row = (await pool.query('SELECT id, hash FROM users WHERE username = $1', [body.username])).rows[0];
    if (!row || !(await bcrypt.compare(body.password, row.hash))) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = row.id;
    return { ok: true };
  }
}
