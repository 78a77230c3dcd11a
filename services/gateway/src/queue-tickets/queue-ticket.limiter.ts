import { PublicLookupLimiter } from '../throttling/public-lookup.limiter';

/** Tickets a kiosk (one client address) may take per minute: a separate budget from lookups. */
export class QueueTicketLimiter extends PublicLookupLimiter {
  constructor(perMinute: number) {
    super(perMinute, 'queue tickets');
  }
}
