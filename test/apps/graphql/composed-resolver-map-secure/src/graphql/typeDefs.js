module.exports = /* GraphQL */ `
  type User { id: ID!, email: String! }
  type Todo { id: ID!, title: String!, done: Boolean! }
  type Query { todos: [Todo!]! }
  type Mutation {
    login(email: String!, password: String!): User
    logout: Boolean!
    addTodo(title: String!): Todo
  }
`;
