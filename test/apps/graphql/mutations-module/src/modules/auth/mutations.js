import bcrypt from 'bcrypt';
import { authors } from '../../db.js';

export const authMutations = {
  signIn: async (_parent, { email, password }, { req }) => {
    const author = await authors.byEmail(email);
    if (!author || !(await bcrypt.compare(password, author.passwordHash))) return null;
    // expect: session-regenerate-on-login
    req.session.user = { id: author.id, name: author.name };
    return author;
  },
};
