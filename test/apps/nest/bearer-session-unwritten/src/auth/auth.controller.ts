import { Body, Controller, Post, Session } from '@nestjs/common';
import { UsersService } from './users.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersService) {}

  // The login keeps the user in the cookie session.
  @Post('login')
  async login(@Body() dto: { email: string; password: string }, @Session() session: Record<string, unknown>) {
    const user = await this.users.check(dto.email, dto.password);
    // expect: session-regenerate-on-login
    session.userId = user.id;
    return { id: user.id };
  }

  @Post('logout')
  logout(@Session() session: { destroy(callback: (error?: unknown) => void): void }) {
    return new Promise<void>((resolve) => session.destroy(() => resolve()));
  }
}
