import { Initial1795305699457 } from './1795305699457-initial';

export const CATALOG_MIGRATIONS: Function[] = [Initial1795305699457];
