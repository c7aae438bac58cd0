const router = require('express').Router();
const articleRoutes = require('./articles');
const authRoutes = require('./auth');

router.get('/', (req, res) => res.send('API'));

// Each router answers at its mount path: `authRouter.post('/')` is POST /api/auth.
router.use('/api/articles', articleRoutes);
router.use('/api/auth', authRoutes);

module.exports = router;
