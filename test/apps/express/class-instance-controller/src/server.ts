import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import authRoutes from './routes/auth.routes';

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

const app = express();
app.use(express.json());
app.use(
  session({
    store: new RedisStore({ client: redis }),
    name: 'shop.sid',
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 4 * 60 * 60 * 1000 },
  }),
);
app.use('/api/auth', authRoutes);

app.listen(Number(process.env.PORT ?? 3000));
