import { Args, Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { SessionService } from './session.service';

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
  constructor(private readonly sessions: SessionService) {}

  @Query(() => Boolean)
  loggedIn(@Context() ctx: { req: Request }) {
    return Boolean(ctx.req.session.userId);
  }

  @Mutation(() => Viewer)
  async login(@Context() { req }: { req: Request }, @Args('input') input: LoginInput) {
    // ok: session-regenerate-on-login
    return this.sessions.login(req, input);
  }
}
