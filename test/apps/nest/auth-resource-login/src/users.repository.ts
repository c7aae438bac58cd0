import { Injectable } from '@nestjs/common';

@Injectable()
export class UsersRepository {
  private readonly users = new Map<string, { id: number; name: string; passwordHash: string }>();

  async findByName(name: string) {
    return this.users.get(name);
  }
}
