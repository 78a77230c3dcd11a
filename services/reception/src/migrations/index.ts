import { Initial1795305986435 } from './1795305986435-initial';

export const RECEPTION_MIGRATIONS: Function[] = [Initial1795305986435];
