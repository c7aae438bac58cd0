import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async verify(email: string, password: string): Promise<User | null> {
    const user = await this.users.findOne({ where: { email } });
    return user && (await bcrypt.compare(password, user.passwordHash)) ? user : null;
  }
}
