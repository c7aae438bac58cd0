/** In-memory records, standing in for the app's database. */
export const users = new Map();
export const tasks = new Map();
