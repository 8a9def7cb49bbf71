export * from './units';
export * from './users';
export * from './audit';
export * from './registry';
