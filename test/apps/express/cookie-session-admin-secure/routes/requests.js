const express = require('express');

const router = express.Router();
const requests = [];

function requireManager(req, res, next) {
  if (!req.session.user) return res.redirect('/');
  next();
}

router.get('/', requireManager, (req, res) => res.render('requests', { requests }));

router.post('/:id/approve', requireManager, (req, res) => {
  const request = requests.find((r) => r.id === req.params.id);
  if (request) request.status = 'approved';
  res.redirect('/requests');
});

module.exports = router;
