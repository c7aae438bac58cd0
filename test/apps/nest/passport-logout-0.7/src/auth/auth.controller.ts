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
  logout(@Req() req: Request) {
    // expect: session-destroy-on-logout
    req.logout();
    return { ok: true };
  }
}
