export const users = {
  async verify(email: string, password: string): Promise<{ id: string } | undefined> {
    return email && password ? { id: email } : undefined;
  },
};
