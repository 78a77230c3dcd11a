import { z } from 'zod';

/** Local dossier statuses. Each maps to one national status code (DOMAIN §4). */
export const DossierStatus = {
  /**
   * Submitted online, not yet accepted by the one-stop unit (national 1): it has a code and can
   * be tracked, but its clock starts and it is routed only once a receiver accepts it.
   */
  Registered: 'REGISTERED',
  Received: 'RECEIVED',
  /** Received, but no routing rule matched: held for a supervisor, never dropped. */
  RoutingHeld: 'ROUTING_HELD',
  /** Transferred to the competent agency, which processes it. */
  Processing: 'PROCESSING',
  /** A supplement was requested in writing (once); the processing clock is paused. */
  SupplementRequested: 'SUPPLEMENT_REQUESTED',
  /**
   * Fees or charges must be paid before the dossier goes on (or before its result is returned);
   * while processing is under way the clock is paused, like for a supplement.
   */
  AwaitingPayment: 'AWAITING_PAYMENT',
  /** Refused at reception, with reasons. */
  Refused: 'REFUSED',
  /** Processed: the result waits to be returned. */
  ResultReady: 'RESULT_READY',
  /** The result was handed back (branch, post or electronically). */
  Returned: 'RETURNED',
  /** Withdrawn at the applicant's request. */
  Withdrawn: 'WITHDRAWN',
  /** Processing stopped by the competent agency. */
  Stopped: 'STOPPED',
} as const;
export type DossierStatus = (typeof DossierStatus)[keyof typeof DossierStatus];
export const dossierStatusSchema = z.enum(
  Object.values(DossierStatus) as [DossierStatus, ...DossierStatus[]],
);

/**
 * National status codes used by the National Public Service Portal: 1 newly registered,
 * 2 received, 3 refused, 4 processing, 5 supplement requested, 6 awaiting payment, 7 withdrawn,
 * 8 stopped, 9 processed, 10 result returned.
 */
export const NATIONAL_STATUS_CODE: Readonly<Record<DossierStatus, number>> = {
  REGISTERED: 1,
  RECEIVED: 2,
  ROUTING_HELD: 2,
  PROCESSING: 4,
  SUPPLEMENT_REQUESTED: 5,
  AWAITING_PAYMENT: 6,
  REFUSED: 3,
  RESULT_READY: 9,
  RETURNED: 10,
  WITHDRAWN: 7,
  STOPPED: 8,
};

export const Channel = { Counter: 'COUNTER', Online: 'ONLINE', Postal: 'POSTAL' } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
export const channelSchema = z.enum([Channel.Counter, Channel.Online, Channel.Postal]);
/** National channel numbers: 1 counter, 2 online, 3 public postal service. */
export const NATIONAL_CHANNEL_CODE: Readonly<Record<Channel, number>> = {
  COUNTER: 1,
  ONLINE: 2,
  POSTAL: 3,
};
