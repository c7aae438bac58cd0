import { Router, type Request, type Response, type NextFunction } from 'express';
import bcrypt from 'bcrypt';
import { UserModel } from '../models/user';

export class AuthRoutes {
  public readonly router = Router();

  constructor() {
    // ok: login-rate-limit
    this.router.post('/login', this.login);
    this.router.post('/logout', this.logout);
  }

  private login = async (req: Request, res: Response, next: NextFunction) => {
    const user = await UserModel.findOne({ email: req.body.email });
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).end();
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      res.json({ ok: true });
    });
  };

  private logout = (req: Request, res: Response) => {
    req.session.destroy(() => res.status(204).end());
  };
}
