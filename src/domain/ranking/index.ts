export * from './stars';
export * from './score-sheet';
export * from './round-results';
export * from './rounds';
export * from './recognition';
export * from './improvement-plan';
export * from './feedback';
export * from './errors';
