export * from './serial';
export * from './status';
export * from './copies';
export * from './digital-link';

/** The most stamps one batch may hold (one print run; a larger lot takes several batches). */
export const MAX_STAMPS_PER_BATCH = 2000;
