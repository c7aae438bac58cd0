import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';

@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}

  async refresh(req: Request, res: Response) {
    const { token } = req.cookies;
    if (!token) throw new UnauthorizedException();
    const payload = await this.jwt.verifyAsync<{ sub: number }>(token, { secret: process.env.REFRESH_SECRET, algorithms: ['HS256'] });
    const accessToken = await this.jwt.signAsync({ sub: payload.sub }, { secret: process.env.ACCESS_SECRET, expiresIn: '15m' });
    return res.json({ token: accessToken });
  }

  logout(req: Request, res: Response) {
    const { token } = req.cookies;
    if (!token) throw new UnauthorizedException();
    res.clearCookie('token', { httpOnly: true, sameSite: 'none', secure: true });
    return res.json({ message: 'Cookie cleared' });
  }
}
