import { Router } from 'express';

export const profileRouter = Router();

profileRouter.get('/', (req, res) => res.json({ userId: req.session.userId }));
