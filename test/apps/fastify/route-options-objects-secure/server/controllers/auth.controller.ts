import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { UserModel } from './user.model';

export interface SignInBody {
  email: string;
  password: string;
}

export async function signInUserController(body: SignInBody): Promise<{ token: string; user: { id: string; email: string } } | undefined> {
  const user = await UserModel.findOne({ email: body.email }).select('+password');
  if (!user || !(await bcrypt.compare(body.password, user.password))) return undefined;
  const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET as string, { expiresIn: '1h', algorithm: 'HS256' });
  return { token, user: { id: user.id, email: user.email } };
}
