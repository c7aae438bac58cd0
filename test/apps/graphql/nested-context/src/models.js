import mongoose from 'mongoose';

export const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
export const Post = mongoose.model('Post', new mongoose.Schema({ title: String, author: mongoose.Types.ObjectId }));
