import { Controller, Get, Query } from '@nestjs/common';
import { Pool } from 'pg';

const pool = new Pool();

@Controller('search')
export class SearchController {
  @Get()
  async search(@Query('q') q: string) {
    return (await pool.query("SELECT id, title FROM articles WHERE tsv @@ plainto_tsquery($1) LIMIT 20", [q])).rows;
  }
}
