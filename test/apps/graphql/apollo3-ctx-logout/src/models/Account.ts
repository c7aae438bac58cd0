import { Schema, model } from 'mongoose';

const accountSchema = new Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
});

export const Account = model('Account', accountSchema);
