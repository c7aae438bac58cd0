import { Controller, Post, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { LoginGuard } from './login.guard';

@Controller('auth')
export class AuthController {
  @UseGuards(LoginGuard)
  @Post('login')
  login(@Req() req: Request) {
    return req.user;
  }

  @Post('logout')
  // ok: session-destroy-on-logout
  async logout(@Req() req: Request) {
    await new Promise<void>((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
    return { ok: true };
  }
}
