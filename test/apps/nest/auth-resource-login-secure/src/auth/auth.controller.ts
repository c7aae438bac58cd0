import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';
import { CreateUserParams, LoginUserParams } from '../common/types';

@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  // The global ThrottlerGuard of AppModule limits it.
  // ok: login-rate-limit
  @Post()
  signIn(@Body() credentials: LoginUserParams) {
    return this.authService.signIn(credentials);
  }

  // A sign-up under the auth path: its body carries a password too, but none is checked.
  // ok: login-rate-limit
  @Post('register')
  register(@Body() user: CreateUserParams) {
    return this.authService.register(user);
  }
}
