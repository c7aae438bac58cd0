import { Body, Controller, HttpCode, Post, Req, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { UsersService } from '../users/users.service';

class LoginDto {
  email!: string;
  password!: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersService) {}

  // expect: login-rate-limit
  @Post('login')
  @HttpCode(200)
  async login(@Req() req: Request, @Body() dto: LoginDto) {
    const user = await this.users.checkPassword(dto.email, dto.password);
    if (!user) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    return { id: user.id };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request) {
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
  }
}
