import session from './session.js';
import tasks from './tasks.js';

const routes = [session, tasks];

export default (app) => routes.forEach((f) => f(app));
