const admins = new Map();

/** The admin account with this e-mail, or undefined. */
async function findAdmin(email) {
  return admins.get(String(email).toLowerCase());
}

module.exports = { findAdmin };
