import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';

export type MyContext = {
  req: Request & { session: { userId?: number } };
  res: Response;
  redis: Redis;
};
