import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import { GoogleLoginInput, LoginInput, LoginResponse } from './dto/login.dto';

@Resolver()
export class AuthResolver {
  constructor(private readonly authService: AuthService) {}

  // The password check is the service's (a model method): the mutation is where passwords are guessed.
  @Mutation(() => LoginResponse)
  // expect: login-rate-limit
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
