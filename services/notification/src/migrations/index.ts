import { Initial1795306106838 } from './1795306106838-initial';

export const NOTIFICATION_MIGRATIONS: Function[] = [Initial1795306106838];
