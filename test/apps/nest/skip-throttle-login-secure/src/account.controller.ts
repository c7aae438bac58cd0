import { Body, Controller, Post, Req, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { Throttle } from '@nestjs/throttler';
import { UsersService } from './users.service';

@Controller('account')
export class AccountController {
  constructor(private readonly users: UsersService) {}

  @Throttle({ default: { ttl: 60_000, limit: 5 } })
  // ok: login-rate-limit
  @Post('sign-in')
  async signIn(@Body() body: { email: string; password: string }, @Req() req: Request) {
    const user = await this.users.verify(body.email, body.password);
    if (!user) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    return { id: user.id };
  }
}
