import { Router } from 'express';

const router = Router();
router.get('/me', (req, res) => res.json({ id: req.session.userId ?? null }));

export default router;
