import express from 'express';
import session from 'express-session';
import rateLimit from 'express-rate-limit';
import connectRedis from 'connect-redis';
import { createClient } from 'redis';
import passport from 'passport';
import bcrypt from 'bcrypt';
import { GraphQLLocalStrategy, buildContext } from 'graphql-passport';
import { ApolloServer } from 'apollo-server-express';
import typeDefs from './typeDefs.js';
import resolvers from './resolvers.js';
import { Users } from './users.js';

passport.use(new GraphQLLocalStrategy(async (email, password, done) => {
  const user = await Users.byEmail(email);
  done(null, user && (await bcrypt.compare(password, user.passwordHash)) ? user : false);
}));
passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => Users.byId(id).then((user) => done(null, user), done));

const RedisStore = connectRedis(session);
const redis = createClient({ url: process.env.REDIS_URL, legacyMode: true });
await redis.connect();

const app = express();
app.use(session({
  store: new RedisStore({ client: redis }),
  name: 'app.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
}));
app.use(passport.initialize());
app.use(passport.session());

const server = new ApolloServer({ typeDefs, resolvers, context: ({ req, res }) => buildContext({ req, res, Users }) });
await server.start();
// Logins arrive as GraphQL mutations: the endpoint is limited per client.
app.use('/graphql', rateLimit({ windowMs: 15 * 60 * 1000, limit: 100 }));
server.applyMiddleware({ app });
app.listen(4000);
