import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Session } from 'express-session';
import { Repository } from 'typeorm';
import { Account } from '../accounts/account.entity';

/** What the app keeps about the signed-in account, under a key of its own choosing. */
export interface UserState {
  id: number;
  username: string;
}

@Injectable()
export class AuthService {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

  async login(session: Session, username: string, password: string): Promise<UserState> {
    const account = await this.accounts.findOneBy({ username });
    if (!account) throw new UnauthorizedException();
    const digest = createHash('sha256').update(`${account.salt}${password}`).digest('hex');
    if (digest !== account.password) throw new UnauthorizedException();
    const state: UserState = { id: account.id, username: account.username };
    (session as Session & { currentUserState?: UserState }).currentUserState = state;
    return state;
  }

  current(session: Session): UserState | undefined {
    return (session as Session & { currentUserState?: UserState }).currentUserState;
  }
}
