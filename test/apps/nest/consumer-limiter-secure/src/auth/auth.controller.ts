import { Body, Controller, Post, Req, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import type { Request } from 'express';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('auth')
export class AuthController {
  // ok: login-rate-limit
  @Post('login')
  async login(@Req() req: Request, @Body() body: { email: string; password: string }) {
    const user = (await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [body.email])).rows[0];
    if (!user || !(await bcrypt.compare(body.password, user.password_hash))) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    return { ok: true };
  }
}
