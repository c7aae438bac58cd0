export default /* GraphQL */ `
  type User { id: ID!, email: String! }
  type Post { id: ID!, title: String! }
  type Query { posts: [Post!]! }
  input LoginInput { email: String!, password: String! }
  type Mutation {
    Login(input: LoginInput!): User
    Logout: Boolean!
    CreatePost(title: String!): Post
  }
`;
