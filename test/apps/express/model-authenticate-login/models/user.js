const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');

const userSchema = new mongoose.Schema({ email: { type: String, unique: true }, passwordHash: String });

/** Calls back with the user whose password matches, or with none. */
userSchema.statics.authenticate = function authenticate(email, password, callback) {
  this.findOne({ email }).then((user) => {
    if (!user) return callback(null, null);
    bcrypt.compare(password, user.passwordHash).then((same) => callback(null, same ? user : null), callback);
  }, callback);
};

module.exports = mongoose.model('User', userSchema);
