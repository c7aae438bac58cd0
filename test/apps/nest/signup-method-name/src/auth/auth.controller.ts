import { Body, Controller, Get, Post, Session, UnauthorizedException } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { AuthService } from './auth.service';

type AppSession = Record<string, unknown>;

@Controller('auth/local')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async signIn(@Body() body: { email: string; password: string }, @Session() session: AppSession) {
    const account = await this.auth.findUser(body.email);
    if (!account || !(await bcrypt.compare(body.password, account.password_hash))) throw new UnauthorizedException();
    // expect: session-regenerate-on-login
    session.userId = account.id;
    session.role = account.role;
    return { ok: true };
  }

  // A sign-up under the auth path: it creates the account and logs the new user in, checking no
  // credential. The rule's README leaves sign-ups out.
  @Post()
  async registerUser(@Body() body: { email: string; password: string }, @Session() session: AppSession) {
    const id = await this.auth.createAccount(body.email, body.password);
    // ok: session-regenerate-on-login
    session.userId = id;
    session.role = 'member';
    return { ok: true };
  }

  @Get('whoami')
  whoami(@Session() session: AppSession) {
    return { userId: session.userId ?? null };
  }
}
