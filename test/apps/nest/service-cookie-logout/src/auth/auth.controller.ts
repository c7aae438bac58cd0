import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Get('me')
  me(@Req() req: Request) {
    return { userId: req.session.userId ?? null };
  }

  @Get('logout')
  logout(@Req() req: Request, @Res() res: Response) {
    // The service clears the session's cookie; the session itself stays alive in Redis.
    // expect: session-destroy-on-logout
    return this.authService.logout(req, res);
  }
}
