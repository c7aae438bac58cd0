import { Controller, Get, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('search')
export class SearchController {
  // Full-text search is expensive: it asks the limiter for a budget of its own.
  @RouteConfig({ rateLimit: { max: 30, timeWindow: '1 minute' } })
  @Get()
  async search(@Query('q') q: string) {
    return (await pool.query('SELECT id, title FROM articles WHERE tsv @@ plainto_tsquery($1) LIMIT 20', [q])).rows;
  }
}
