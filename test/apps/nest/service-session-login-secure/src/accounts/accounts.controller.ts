import { Body, Controller, Get, Inject, Post, Req, Session } from '@nestjs/common';
import type { Request } from 'express';
import type { Session as ExpressSession } from 'express-session';
import { AuthService } from '@/auth/auth.service';

@Controller('api')
export class AccountsController {
  @Inject(AuthService)
  private readonly authService!: AuthService;

  // ok: login-rate-limit (ThrottlerGuard is an APP_GUARD)
  @Post('auth/login')
  async login(@Req() req: Request, @Body() body: { username: string; password: string }) {
    // ok: session-regenerate-on-login
    const state = await this.authService.login(req, body.username, body.password);
    return { id: state.id };
  }

  // ok: session-regenerate-on-login (a token login: no session to renew)
  @Post('auth/token')
  async token(@Body() body: { username: string; password: string }) {
    return { token: await this.authService.issueToken(body.username, body.password) };
  }

  @Get('auth/me')
  me(@Session() session: ExpressSession) {
    return this.authService.current(session) ?? null;
  }
}
