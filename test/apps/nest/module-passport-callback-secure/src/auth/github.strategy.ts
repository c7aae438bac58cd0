import passport from 'passport';
import { Strategy as GitHubStrategy } from 'passport-github2';

passport.use(
  new GitHubStrategy(
    { clientID: process.env.GITHUB_CLIENT_ID!, clientSecret: process.env.GITHUB_CLIENT_SECRET!, callbackURL: '/auth/github/callback' },
    (_accessToken: string, _refreshToken: string, profile: { id: string; username: string }, done: (err: unknown, user?: unknown) => void) =>
      done(null, { id: profile.id, login: profile.username }),
  ),
);
passport.serializeUser((user, done) => done(null, user));
passport.deserializeUser((user: Express.User, done) => done(null, user));
