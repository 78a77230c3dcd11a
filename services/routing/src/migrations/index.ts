import { Initial1795306020428 } from './1795306020428-initial';

export const ROUTING_MIGRATIONS: Function[] = [Initial1795306020428];
