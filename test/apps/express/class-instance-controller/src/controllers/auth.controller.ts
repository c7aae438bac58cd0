import type { Request, Response } from 'express';
import bcrypt from 'bcrypt';
import { findUserByEmail } from '../models/user';

class AuthController {
  async login(req: Request, res: Response) {
    const user = await findUserByEmail(req.body.email);
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
      return res.status(401).json({ error: 'Wrong e-mail or password' });
    }
    // expect: session-regenerate-on-login
    req.session.userId = user.id;
    res.json({ id: user.id });
  }

  logout(req: Request, res: Response) {
    // expect: session-destroy-on-logout
    delete req.session.userId;
    res.status(204).end();
  }
}

export default new AuthController();
