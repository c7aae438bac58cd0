import { Router } from 'express';
import { users } from '../services/users.js';

export const adminRouter = Router();

adminRouter.post('/users/:id/role', async (req, res) => {
  await users.setRole(req.params.id, req.body.role, req.session.userId);
  res.redirect('/admin/users');
});
