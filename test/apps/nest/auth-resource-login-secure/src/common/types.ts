export type LoginUserParams = {
  userName: string;
  userPassword: string;
};

export type CreateUserParams = LoginUserParams & { email: string };
