'use strict';

const path = require('path');
const AutoLoad = require('@fastify/autoload');

module.exports = async function app(fastify, opts) {
  await fastify.register(AutoLoad, { dir: path.join(__dirname, 'plugins'), options: { ...opts } });
  await fastify.register(AutoLoad, { dir: path.join(__dirname, 'routes'), options: { prefix: '/v1', ...opts } });
};
