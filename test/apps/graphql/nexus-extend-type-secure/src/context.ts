import { PrismaClient } from '@prisma/client';
import type { Request, Response } from 'express';

const prisma = new PrismaClient();

export interface Context {
  prisma: PrismaClient;
  req: Request;
  res: Response;
}

export async function createContext({ req, res }: { req: Request; res: Response }): Promise<Context> {
  return { prisma, req, res };
}
