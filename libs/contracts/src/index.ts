export * from './lib/errors';
export * from './lib/files';
export * from './lib/generated/graphql';
// Sign-in and session operations (a separate generated file so the portal's initial bundle
// carries only these); named explicitly because both generated files declare helper types.
export {
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshSessionDocument,
  SessionTokensFragmentDoc,
  SessionUserFragmentDoc,
  SystemInfoDocument,
} from './lib/generated/session';
export type {
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  MeQuery,
  MeQueryVariables,
  RefreshSessionMutation,
  RefreshSessionMutationVariables,
  Role,
  SessionTokensFragment,
  SessionUserFragment,
  SystemInfoQuery,
  SystemInfoQueryVariables,
} from './lib/generated/session';
