import { Body, Controller, Post } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Post('invite')
  invite(@Body('email') email: string) {
    return { invited: email };
  }
}
