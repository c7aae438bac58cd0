import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';

@Injectable()
export class AuthService {
  logout(req: Request, res: Response) {
    if (!req.cookies['jobs.sid']) throw new UnauthorizedException();
    res.clearCookie('jobs.sid', { httpOnly: true, secure: true, sameSite: 'lax' });
    return res.json({ message: 'Logged out' });
  }
}
