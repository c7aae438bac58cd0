import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';

export type MyContext = {
  req: Request;
  res: Response;
  redis: Redis;
};
