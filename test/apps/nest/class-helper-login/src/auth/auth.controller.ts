import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CheckedUser, UserService } from '../users/user.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly userService: UserService) {}

  // The path names no login: the method's helper checks the password and logs in.
  @Post('local')
  async login(@Body('email') email: string, @Body('password') password: string, @Req() req: Request, @Res() res: Response) {
    const user = await this.userService.findUserByEmail(email);
    const success = user ? await this.loginUser(user, password, req) : false;
    res.redirect(success ? '/home' : '/?error=login');
  }

  private async loginUser(user: CheckedUser, password: string, req: Request): Promise<boolean> {
    if (!(await user.validatePassword(password))) return false;
    return new Promise<boolean>((resolve, reject) => {
      // expect: session-regenerate-on-login
      req.logIn(user, (err) => (err ? reject(err) : resolve(true)));
    });
  }
}
