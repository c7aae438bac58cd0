export interface User {
  id: string;
  username: string;
  passwordHash: string;
}

const byName = new Map<string, User>();

export const Users = {
  async byName(username: string): Promise<User | undefined> {
    return byName.get(username);
  },
  async create(username: string, passwordHash: string): Promise<User> {
    const user = { id: crypto.randomUUID(), username, passwordHash };
    byName.set(username, user);
    return user;
  },
  async byId(id: string): Promise<User | undefined> {
    return [...byName.values()].find((user) => user.id === id);
  },
};
