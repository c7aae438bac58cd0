import bcrypt from 'bcrypt';
import { promisify } from 'node:util';
import { User } from '../models.js';

export default {
  Mutation: {
    Login: async (_, { input }, { request: { req } }) => {
      const user = await User.findOne({ email: input.email });
      if (!user || !(await bcrypt.compare(input.password, user.password))) throw new Error('invalid email/password');
      await promisify(req.session.regenerate.bind(req.session))();
      // ok: session-regenerate-on-login
      req.session.userId = user._id;
      return user;
    },
    Logout: async (_, __, { request: { req, res } }) => {
      // ok: session-destroy-on-logout
      await promisify(req.session.destroy.bind(req.session))();
      res.clearCookie('blog.sid');
      return true;
    },
  },
};
