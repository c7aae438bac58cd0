import { Body, Controller, Get, Post, Session, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { AuthService } from './auth.service';

type AppSession = Record<string, unknown>;

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signin')
  async signIn(@Body() body: { email: string; password: string }, @Session() session: AppSession) {
    const account = await this.auth.findUser(body.email);
    if (!account || !(await bcrypt.compare(body.password, account.password_hash))) throw new UnauthorizedException();
    // expect: session-regenerate-on-login
    session.userId = account.id;
    session.role = account.role;
    return { ok: true };
  }

  @Get('whoami')
  whoami(@Session() session: AppSession) {
    return { userId: session.userId ?? null };
  }
}
