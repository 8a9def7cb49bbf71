export * from './growth';
