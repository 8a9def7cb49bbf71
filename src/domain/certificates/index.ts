export * from './validity';
export * from './number';
export * from './eligibility';
export * from './reminders';
