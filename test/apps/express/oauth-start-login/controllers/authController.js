const { createClient } = require('@supabase/supabase-js');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const users = require('../users');

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_API_KEY);

module.exports = {
  login: async (req, res) => {
    const { provider } = req.body;
    const { data, error } = await supabase.auth.signInWithOAuth({ provider, options: { redirectTo: `${process.env.CLIENT_URL}/auth/callback` } });
    if (error) return res.status(400).json({ error: error.message });
    res.json(data);
  },

  passwordLogin: async (req, res) => {
    const user = await users.byEmail(req.body.email);
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).json({ error: 'Wrong e-mail or password' });
    res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' }) });
  },
};
