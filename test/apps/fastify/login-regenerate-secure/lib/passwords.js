import argon2 from 'argon2';

export const verifyPassword = (hash, password) => argon2.verify(hash, password);
