import { Body, Controller, Delete, Param, Post, Req } from '@nestjs/common';

@Controller('notes')
export class NotesController {
  private readonly notes = new Map<string, string>();

  @Post()
  create(@Body() body: { text: string }, @Req() req: { headers: Record<string, string> }) {
    const id = String(this.notes.size + 1);
    this.notes.set(id, `${req.headers['x-user'] ?? ''}:${body.text}`);
    return { id };
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    this.notes.delete(id);
  }
}
