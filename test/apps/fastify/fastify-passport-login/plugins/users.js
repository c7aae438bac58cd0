const rows = new Map();

export const users = {
  async byName(username) {
    return [...rows.values()].find((user) => user.username === username);
  },
  async byId(id) {
    return rows.get(id) ?? null;
  },
};
