const { createClient } = require('@supabase/supabase-js');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const users = require('../users');

const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_API_KEY);

// An OAuth authorization server's token endpoint (RFC 6749 §4.1.3, PKCE): single-use codes and refresh
// tokens the server issued, no password to guess.
async function exchangeCode({ code, codeVerifier, clientId }) {
  const { data } = await supabase.from('oauth_codes').select('user_id').eq('code', code).eq('client_id', clientId).eq('verifier', codeVerifier).single();
  return data ? { access_token: jwt.sign({ sub: data.user_id }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' }) } : undefined;
}

async function passwordGrant(body) {
  const user = await users.byEmail(body.username);
  if (!user || !(await bcrypt.compare(body.password, user.passwordHash))) return undefined;
  return { access_token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' }) };
}

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

  oauthToken: async (req, res) => {
    const body = req.body || {};
    if (body.grant_type !== 'authorization_code') return res.status(400).json({ error: 'unsupported_grant_type' });
    const token = await exchangeCode({ code: String(body.code || ''), codeVerifier: String(body.code_verifier || ''), clientId: String(body.client_id || '') });
    return token ? res.json(token) : res.status(400).json({ error: 'invalid_grant' });
  },

  // The legacy password grant: the body, password included, handed on whole.
  legacyToken: async (req, res) => {
    const body = req.body ?? {};
    const token = await passwordGrant(body);
    return token ? res.json(token) : res.status(400).json({ error: 'invalid_grant' });
  },
};
