export * from './lib/errors';
export * from './lib/files';
export * from './lib/generated/graphql';
