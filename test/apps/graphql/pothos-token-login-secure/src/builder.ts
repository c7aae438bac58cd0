import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import type PrismaTypes from '@pothos/plugin-prisma/generated';
import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient();

export interface Context {
  userId?: string;
}

export const builder = new SchemaBuilder<{ Context: Context; PrismaTypes: PrismaTypes }>({
  plugins: [PrismaPlugin],
  prisma: { client: prisma },
});

builder.queryType({});
builder.mutationType({});
