import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';

// The first version of the API, kept for old mobile clients.
@Controller('v1/auth')
export class LegacyAuthController {
  constructor(private readonly authService: AuthService) {}

  // The method's name is a leftover; the path and the password read from the untyped body say login.
  // expect: login-rate-limit
  @Post('/signin')
  async register(@Body() body) {
    const { userName, password } = body;
    return this.authService.signIn({ userName, userPassword: password });
  }
}
