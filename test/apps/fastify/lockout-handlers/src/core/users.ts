import mongoose from 'mongoose';

export interface DBUser {
  _id: string;
  simpleId: string;
  passwordHash: string;
  security: { loginAttempts: number; isUnderCoolDown: boolean; coolDownStarted: Date | null };
}

export const Users = mongoose.model<DBUser>('User', new mongoose.Schema({}, { strict: false }));
