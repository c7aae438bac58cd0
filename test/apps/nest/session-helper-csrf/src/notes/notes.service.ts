import { Injectable } from '@nestjs/common';
import { Pool } from 'pg';

@Injectable()
export class NotesService {
  private readonly pool = new Pool();

  async forUser(userId: string) {
    return (await this.pool.query('SELECT id, body FROM notes WHERE owner = $1', [userId])).rows;
  }

  async create(userId: string, body: string) {
    return (await this.pool.query('INSERT INTO notes (owner, body) VALUES ($1, $2) RETURNING id', [userId, body])).rows[0];
  }

  async remove(userId: string, id: string) {
    await this.pool.query('DELETE FROM notes WHERE owner = $1 AND id = $2', [userId, id]);
  }
}
