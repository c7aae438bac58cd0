import { Router, type NextFunction, type Request, type Response } from 'express';

const notesRouter = Router();
const notes = new Map<string, { owner: string; text: string }>();

function requireUser(req: Request, res: Response, next: NextFunction) {
  if (!req.session.userId) return res.status(401).end();
  next();
}

notesRouter.get('/', requireUser, (req, res) => {
  res.json([...notes.entries()].filter(([, note]) => note.owner === req.session.userId));
});

notesRouter.post('/', requireUser, (req, res) => {
  const id = String(notes.size + 1);
  notes.set(id, { owner: req.session.userId!, text: String(req.body.text) });
  res.status(201).json({ id });
});

notesRouter.delete('/:id', requireUser, (req, res) => {
  notes.delete(req.params.id);
  res.status(204).end();
});

export default notesRouter;
