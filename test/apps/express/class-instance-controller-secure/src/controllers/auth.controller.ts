import type { Request, Response } from 'express';
import bcrypt from 'bcrypt';
import { findUserByEmail } from '../models/user';

class AuthController {
  async login(req: Request, res: Response) {
    const user = await findUserByEmail(req.body.email);
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
      return res.status(401).json({ error: 'Wrong e-mail or password' });
    }
    await new Promise<void>((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
    // ok: session-regenerate-on-login
    req.session.userId = user.id;
    res.json({ id: user.id });
  }

  logout(req: Request, res: Response) {
    // ok: session-destroy-on-logout
    req.session.destroy(() => {
      res.clearCookie('shop.sid');
      res.status(204).end();
    });
  }
}

export default new AuthController();
