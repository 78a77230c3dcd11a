export * from './vietnam-time';
export * from './working-calendar';
export * from './working-time-calculator';
