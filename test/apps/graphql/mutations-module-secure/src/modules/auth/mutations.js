import bcrypt from 'bcrypt';
import { authors } from '../../db.js';

export const authMutations = {
  signIn: async (_parent, { email, password }, { req }) => {
    const author = await authors.byEmail(email);
    if (!author || !(await bcrypt.compare(password, author.passwordHash))) return null;
    await new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    // ok: session-regenerate-on-login
    req.session.user = { id: author.id, name: author.name };
    return author;
  },
};
