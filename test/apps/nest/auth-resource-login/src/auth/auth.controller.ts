import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';
import { LoginUserParams } from '../common/types';

// POST /auth creates the authentication: the body's userPassword is checked by the service.
@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  // expect: login-rate-limit
  @Post()
  signIn(@Body() credentials: LoginUserParams) {
    return this.authService.signIn(credentials);
  }
}
