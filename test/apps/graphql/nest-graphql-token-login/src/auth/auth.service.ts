import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User, UserDocument } from '../users/user.entity';
import { GoogleLoginInput, LoginInput } from './dto/login.dto';

@Injectable()
export class AuthService {
  constructor(
    @InjectModel(User.name) private readonly users: Model<UserDocument>,
    private readonly jwtService: JwtService,
  ) {}

  async validateLogin(input: LoginInput): Promise<{ token: string; message: string }> {
    const { email, password } = input;
    const user = await this.users.findOne({ email }).select('+password');
    if (!user || !(await user.comparePassword(password))) {
      throw new UnauthorizedException('The e-mail or password you entered is incorrect.');
    }
    const token = await this.jwtService.signAsync({ sub: user._id, email: user.email });
    return { token, message: `Welcome back ${user.name}!` };
  }

  async googleLogin(input: GoogleLoginInput): Promise<{ token: string; message: string }> {
    const payload = await verifyGoogleIdToken(input.idToken);
    const user = await this.users.findOneAndUpdate({ email: payload.email }, { name: payload.name }, { upsert: true, new: true });
    return { token: await this.jwtService.signAsync({ sub: user._id, email: user.email }), message: 'Welcome!' };
  }
}

async function verifyGoogleIdToken(idToken: string): Promise<{ email: string; name: string }> {
  const response = await fetch(`https://oauth2.googleapis.com/tokeninfo?id_token=${encodeURIComponent(idToken)}`);
  if (!response.ok) throw new UnauthorizedException('Invalid Google token.');
  return (await response.json()) as { email: string; name: string };
}
