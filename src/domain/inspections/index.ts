export * from './checklist';
export * from './inspection';
