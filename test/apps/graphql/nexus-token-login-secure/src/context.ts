import { PrismaClient } from '@prisma/client';
import type { Request, Response } from 'express';

const db = new PrismaClient();

export interface Context {
  db: PrismaClient;
  req: Request;
  res: Response;
}

export const context = ({ req, res }: { req: Request; res: Response }): Context => ({ db, req, res });
