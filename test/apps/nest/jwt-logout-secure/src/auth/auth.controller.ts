import { Controller, Get, Request, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @UseGuards(AuthGuard('jwt'))
  @Get('me')
  me(@Request() req) {
    return req.user;
  }

  @UseGuards(AuthGuard('jwt'))
  @Get('jwt/logout')
  // No session middleware anywhere: the logout revokes the refresh token, and there is no session to end.
  // ok: session-destroy-on-logout
  async logout(@Request() req) {
    return await this.authService.removeRefreshToken(req.user.id);
  }
}
