import { Body, Controller, Post, Session } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UsersService } from './users.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  // The login hands out a Bearer token; nothing is written into the session.
  @Post('login')
  async login(@Body() dto: { email: string; password: string }) {
    const user = await this.users.check(dto.email, dto.password);
    // ok: session-regenerate-on-login
    return { token: await this.jwt.signAsync({ sub: user.id }) };
  }

  @Post('logout')
  logout(@Session() session: { destroy(callback: (error?: unknown) => void): void }) {
    return new Promise<void>((resolve) => session.destroy(() => resolve()));
  }
}
