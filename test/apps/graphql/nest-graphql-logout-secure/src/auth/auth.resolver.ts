import { UnauthorizedException } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthService } from './auth.service';

@ObjectType()
class Viewer {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;
}

@InputType()
class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@Resolver(() => Viewer)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => Boolean)
  loggedIn(@Context() ctx: { req: Request }) {
    return Boolean(ctx.req.session.userId);
  }

  @Mutation(() => Viewer)
  async login(@Args('input') input: LoginInput, @Context() ctx: { req: Request }) {
    const user = await this.auth.check(input.email, input.password);
    if (!user) throw new UnauthorizedException();
    await new Promise<void>((resolve, reject) => ctx.req.session.regenerate((err) => (err ? reject(err) : resolve())));
    ctx.req.session.userId = user.id;
    return user;
  }

  @Mutation(() => Boolean)
  // ok: session-destroy-on-logout
  async logout(@Context('req') req: Request) {
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    return true;
  }
}
