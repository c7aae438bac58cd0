export const COOKIE_NAME = 'qid';
