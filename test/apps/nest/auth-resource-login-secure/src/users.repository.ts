import { Injectable } from '@nestjs/common';

@Injectable()
export class UsersRepository {
  private readonly users = new Map<string, { id: number; name: string; passwordHash: string }>();

  async findByName(name: string) {
    return this.users.get(name);
  }

  async create(user: { name: string; email: string; passwordHash: string }) {
    const id = this.users.size + 1;
    this.users.set(user.name, { id, name: user.name, passwordHash: user.passwordHash });
    return { id };
  }
}
