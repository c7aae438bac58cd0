import { Body, Controller, Get, Inject, Post, Session } from '@nestjs/common';
import type { Session as ExpressSession } from 'express-session';
import { AuthService } from '@/auth/auth.service';

@Controller('api')
export class AccountsController {
  @Inject(AuthService)
  private readonly authService!: AuthService;

  // expect: login-rate-limit
  @Post('auth/login')
  async login(@Session() session: ExpressSession, @Body() body: { username: string; password: string }) {
    // expect: session-regenerate-on-login
    const state = await this.authService.login(session, body.username, body.password);
    return { id: state.id };
  }

  @Get('auth/me')
  me(@Session() session: ExpressSession) {
    return this.authService.current(session) ?? null;
  }
}
