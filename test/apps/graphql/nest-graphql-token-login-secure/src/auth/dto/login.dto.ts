import { Field, InputType, ObjectType, PickType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

@InputType()
export class LoginInput extends PickType(User, ['email', 'password'], InputType) {}

@InputType()
export class GoogleLoginInput {
  @Field()
  idToken: string;
}

@ObjectType()
export class LoginResponse {
  @Field()
  token: string;

  @Field()
  message: string;
}
