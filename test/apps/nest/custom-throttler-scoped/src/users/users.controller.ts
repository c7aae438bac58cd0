import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ThrottlerBehindProxyGuard } from '../core/throttler-behind-proxy.guard';

@UseGuards(ThrottlerBehindProxyGuard)
@Controller('users')
export class UsersController {
  @Post('invite')
  invite(@Body('email') email: string) {
    return { invited: email };
  }
}
