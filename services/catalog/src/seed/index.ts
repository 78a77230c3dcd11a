export { DEMO_TENANTS } from './demo-tenants';
export { DEMO_UNITS } from './demo-units';
export { DEMO_AGENCIES } from './demo-agencies';
export { DEMO_BRANCHES } from './demo-branches';
export { DEMO_PROCEDURES } from './demo-procedures';
export { DEMO_CALENDARS } from './demo-calendar';
