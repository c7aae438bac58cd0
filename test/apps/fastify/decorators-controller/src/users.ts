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
  async byId(id: string): Promise<User | undefined> {
    return [...byName.values()].find((user) => user.id === id);
  },
};
