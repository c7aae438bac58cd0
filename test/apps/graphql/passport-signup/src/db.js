const { Sequelize, DataTypes } = require('sequelize');
const bcrypt = require('bcryptjs');

const db = new Sequelize(process.env.DATABASE_URL, { logging: false });

const User = db.define('user', {
  email: { type: DataTypes.STRING, unique: true, allowNull: false },
  password: { type: DataTypes.STRING, allowNull: false },
});

User.beforeCreate(async (user) => {
  user.password = await bcrypt.hash(user.password, 12);
});

User.prototype.correctPassword = function correctPassword(candidate) {
  return bcrypt.compareSync(candidate, this.password);
};

module.exports = { db, models: { User } };
