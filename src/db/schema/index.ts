export * from './units';
export * from './users';
export * from './audit';
export * from './registry';
export * from './evaluation';
export * from './cycle';
export * from './imports';
export * from './jobs';
