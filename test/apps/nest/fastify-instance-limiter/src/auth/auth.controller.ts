import { Body, Controller, Post, Req, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import type { FastifyRequest } from 'fastify';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('auth')
export class AuthController {
  // expect: login-rate-limit
  @Post('login')
  async login(@Req() req: FastifyRequest, @Body() body: { email: string; password: string }) {
    const user = (await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [body.email])).rows[0];
    if (!user || !(await bcrypt.compare(body.password, user.password_hash))) throw new UnauthorizedException();
    await req.session.regenerate();
    req.session.set('userId', user.id);
    return { ok: true };
  }
}
