import bcrypt from 'bcrypt';
import { User } from '../models.js';

export default {
  Mutation: {
    Login: async (_, { input }, { request: { req } }) => {
      const user = await User.findOne({ email: input.email });
      if (!user || !(await bcrypt.compare(input.password, user.password))) throw new Error('invalid email/password');
      // expect: session-regenerate-on-login
      req.session.userId = user._id;
      return user;
    },
    Logout: (_, __, { request: { req, res } }) => {
      // expect: session-destroy-on-logout
      req.session.userId = null;
      res.clearCookie('blog.sid');
      return true;
    },
  },
};
