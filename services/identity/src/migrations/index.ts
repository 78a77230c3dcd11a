import { Initial1795306122158 } from './1795306122158-initial';

export const IDENTITY_MIGRATIONS: Function[] = [Initial1795306122158];
