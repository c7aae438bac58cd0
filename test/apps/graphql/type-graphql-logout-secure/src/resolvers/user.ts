import argon2 from 'argon2';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { User } from '../entities/User';
import { COOKIE_NAME } from '../constants';
import type { MyContext } from '../types';

@ObjectType()
class UserResponse {
  @Field(() => String, { nullable: true })
  error?: string;

  @Field(() => User, { nullable: true })
  user?: User;
}

@Resolver(User)
export class UserResolver {
  @Query(() => User, { nullable: true })
  me(@Ctx() { req }: MyContext) {
    return req.session.userId ? User.findOne({ where: { id: req.session.userId } }) : null;
  }

  @Mutation(() => UserResponse)
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() { req }: MyContext): Promise<UserResponse> {
    const user = await User.findOne({ where: { username } });
    if (!user || !(await argon2.verify(user.password, password))) return { error: 'invalid login' };
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.userId = user.id;
    return { user };
  }

  @Mutation(() => Boolean)
  // ok: session-destroy-on-logout
  logout(@Ctx() { req, res }: MyContext) {
    return new Promise((resolve) =>
      req.session.destroy((err) => {
        res.clearCookie(COOKIE_NAME);
        resolve(!err);
      }),
    );
  }
}
