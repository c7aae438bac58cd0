'use strict';

const { verify } = require('argon2');

/** Checks a username and password against the users table; the user, or an error the route sends. */
module.exports = class AuthService {
  constructor(fastify) {
    this.fastify = fastify;
  }

  async login({ username, password }) {
    const user = await this.fastify.db.users.findOne({ where: { username } });
    if (!user || !(await verify(user.hash, password))) {
      throw this.fastify.httpErrors.badRequest('invalid username or password');
    }
    return user;
  }
};
