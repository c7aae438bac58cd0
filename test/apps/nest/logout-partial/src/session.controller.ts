import { Controller, HttpCode, Post, Res, Session } from '@nestjs/common';
import type { Response } from 'express';

@Controller('auth')
export class SessionController {
  @Post('logout')
  @HttpCode(204)
  logout(@Session() session: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    // expect: session-destroy-on-logout
    session.userId = null;
    res.clearCookie('sid');
  }
}
