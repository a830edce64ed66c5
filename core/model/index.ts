// The document model: types, and the walker that goes through them.
export * from './types';
export * from './walk';
