export const users = {
  async setRole(id, role, by) {
    return { id, role, by };
  },
};
