import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { AuthService } from './auth.service';
import { GoogleLoginInput, LoginInput, LoginResponse } from './dto/login.dto';
import { GqlThrottlerGuard } from './gql-throttler.guard';

@Resolver()
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}

  // Five attempts a minute per client, counted by the GraphQL-aware throttler guard.
  @UseGuards(GqlThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  @Mutation(() => LoginResponse)
  // ok: login-rate-limit
  async login(@Args('loginInput') loginInput: LoginInput) {
    return await this.authService.validateLogin(loginInput);
  }

  // A Google ID token is issued and checked by Google: nothing to guess here.
  @Mutation(() => LoginResponse)
  // ok: login-rate-limit
  async loginWithGoogle(@Args('input') input: GoogleLoginInput) {
    return this.authService.googleLogin(input);
  }
}
