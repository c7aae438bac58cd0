import { Injectable, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import type { Request } from 'express';
import { Pool } from 'pg';
import { saveSession } from 'src/shared/session.util';

@Injectable()
export class SessionService {
  private readonly pool = new Pool();

  async login(req: Request, input: { email: string; password: string }) {
    const user = (await this.pool.query('SELECT id, email, hash FROM users WHERE email = $1', [input.email])).rows[0];
    if (!user || !(await bcrypt.compare(input.password, user.hash))) throw new UnauthorizedException();
    await saveSession(req, user.id);
    return { id: user.id as string, email: user.email as string };
  }
}
