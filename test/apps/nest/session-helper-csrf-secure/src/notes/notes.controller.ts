import { Body, Controller, Delete, ForbiddenException, Get, Param, Post, Session } from '@nestjs/common';
import { NotesService } from './notes.service';

@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  list(@Session() session: Record<string, string>) {
    if (!session.userId) throw new ForbiddenException();
    return this.notes.forUser(session.userId);
  }

  @Post()
  create(@Session() session: Record<string, string>, @Body('body') body: string) {
    if (!session.userId) throw new ForbiddenException();
    return this.notes.create(session.userId, body);
  }

  @Delete(':id')
  remove(@Session() session: Record<string, string>, @Param('id') id: string) {
    if (!session.userId) throw new ForbiddenException();
    return this.notes.remove(session.userId, id);
  }
}
