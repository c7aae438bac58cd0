import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

@Controller('auth')
export class SessionController {
  @Post('logout')
  @HttpCode(204)
  // ok: session-destroy-on-logout
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    res.clearCookie('sid');
  }
}
