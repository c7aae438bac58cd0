import type { FastifyReply, FastifyRequest } from 'fastify';
import bcrypt from 'bcrypt';
import { Users, type DBUser } from '../../core/users';

type LoginRequest = FastifyRequest<{ Body: { usernameOrEmail: string; pass: string } }>;

export const login = async (req: LoginRequest, res: FastifyReply) => {
  const user = await Users.findOne({ simpleId: req.body.usernameOrEmail.trim() });
  if (!user) return res.code(401).send({ ok: false });
  const isUnderCoolDown = await checkCoolDown(user);
  if (isUnderCoolDown) return res.code(429).send({ ok: false, coolDown: true });
  const passCorrect = await bcrypt.compare(req.body.pass.trim(), user.passwordHash);
  if (!passCorrect) {
    await setInvalidLoginAttempt(user);
    return res.code(401).send({ ok: false });
  }
  await createSession(req, user);
  return res.send({ ok: true });
};

const COOL_DOWN_SECONDS = 240;
const MAX_LOGIN_ATTEMPTS = 4;

/** Refuses logins for a while after too many failed attempts on the account. */
const checkCoolDown = async (user: DBUser): Promise<boolean> => {
  const started = user.security.coolDownStarted;
  if (!user.security.isUnderCoolDown || !started) return false;
  if (started.getTime() + COOL_DOWN_SECONDS * 1000 > Date.now()) return true;
  await Users.updateOne({ _id: user._id }, { security: { loginAttempts: 0, isUnderCoolDown: false, coolDownStarted: null } });
  return false;
};

/** Counts a failed attempt; the fourth starts the cool-down. */
const setInvalidLoginAttempt = async (user: DBUser): Promise<void> => {
  const loginAttempts = user.security.loginAttempts + 1;
  const coolDown = loginAttempts >= MAX_LOGIN_ATTEMPTS;
  await Users.updateOne({ _id: user._id }, { security: { loginAttempts, isUnderCoolDown: coolDown, coolDownStarted: coolDown ? new Date() : null } });
};

const createSession = async (req: FastifyRequest, user: DBUser) => {
  await req.session.regenerate();
  req.session.isSignedIn = true;
  req.session.username = user.simpleId;
  req.session.userId = user._id;
};
