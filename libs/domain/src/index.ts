export * from './lib/enums';
export * from './lib/dates';
export * from './lib/workflow';
export * from './lib/completion';
export * from './lib/indicators';
export * from './lib/suppression';
export * from './lib/text';
export * from './lib/format';
