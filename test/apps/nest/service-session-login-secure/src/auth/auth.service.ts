import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
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

  async login(req: Request, username: string, password: string): Promise<UserState> {
    const account = await this.accounts.findOneBy({ username });
    if (!account) throw new UnauthorizedException();
    const digest = createHash('sha256').update(`${account.salt}${password}`).digest();
    if (!timingSafeEqual(digest, Buffer.from(account.password, 'hex'))) throw new UnauthorizedException();
    // regenerate() replaces req.session: the state goes into the new one, under a new id.
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    const state: UserState = { id: account.id, username: account.username };
    // ok: session-regenerate-on-login
    (req.session as Session & { currentUserState?: UserState }).currentUserState = state;
    return state;
  }

  /** API clients get a signed token instead of a session: nothing is written into any session. */
  async issueToken(username: string, password: string): Promise<string> {
    const account = await this.accounts.findOneBy({ username });
    if (!account) throw new UnauthorizedException();
    const digest = createHash('sha256').update(`${account.salt}${password}`).digest('hex');
    if (digest !== account.password) throw new UnauthorizedException();
    const payload = Buffer.from(JSON.stringify({ sub: account.id, exp: Date.now() + 15 * 60 * 1000 })).toString('base64url');
    return `${payload}.${createHmac('sha256', process.env.TOKEN_SECRET!).update(payload).digest('base64url')}`;
  }

  current(session: Session): UserState | undefined {
    return (session as Session & { currentUserState?: UserState }).currentUserState;
  }
}
