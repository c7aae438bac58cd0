import type { FastifyReply, FastifyRequest } from 'fastify';
import bcrypt from 'bcrypt';
import { Users, type DBUser } from '../../core/users';

type LoginRequest = FastifyRequest<{ Body: { usernameOrEmail: string; pass: string } }>;

export const login = async (req: LoginRequest, res: FastifyReply) => {
  const user = await Users.findOne({ simpleId: req.body.usernameOrEmail.trim() });
  if (!user) return res.code(401).send({ ok: false });
  const passCorrect = await bcrypt.compare(req.body.pass.trim(), user.passwordHash);
  if (!passCorrect) return res.code(401).send({ ok: false });
  createSession(req, user);
  return res.send({ ok: true });
};

const createSession = (req: FastifyRequest, user: DBUser) => {
  // expect: session-regenerate-on-login
  req.session.isSignedIn = true;
  req.session.username = user.simpleId;
  req.session.userId = user._id;
};
