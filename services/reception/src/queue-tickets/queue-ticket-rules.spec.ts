import {
  DomainError,
  ErrorCode,
  QueueTicketStatus,
  type QueueTicketCommand,
} from '@motcua/contracts';
import {
  callStep,
  formatTicketNumber,
  ticketStep,
  waitedMinutes,
  withinTarget,
} from './queue-ticket-rules';

const ISSUED = new Date('2026-03-02T01:00:00.000Z');
const NOW = new Date('2026-03-02T01:20:00.000Z');
const minutesAfter = (m: number) => new Date(ISSUED.getTime() + m * 60_000);

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
  return undefined;
};

describe('formatTicketNumber', () => {
  it('pads the sequence to three digits after the group letter', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('B', 42)).toBe('B042');
  });

  it('keeps every digit when the day passes 999 tickets', () => {
    expect(formatTicketNumber('C', 1234)).toBe('C1234');
  });
});

describe('waitedMinutes', () => {
  it('runs from issue to the first call', () => {
    const ticket = {
      issuedAt: ISSUED,
      firstCalledAt: minutesAfter(12.5),
      status: 'CALLED' as const,
    };
    expect(waitedMinutes(ticket, NOW)).toBe(12.5);
  });

  it('counts the minutes so far while the ticket waits', () => {
    expect(waitedMinutes({ issuedAt: ISSUED, firstCalledAt: null, status: 'WAITING' }, NOW)).toBe(
      20,
    );
  });

  it('keeps the first call after a transfer sends the ticket back to waiting', () => {
    const ticket = { issuedAt: ISSUED, firstCalledAt: minutesAfter(3), status: 'WAITING' as const };
    expect(waitedMinutes(ticket, NOW)).toBe(3);
  });

  it('is null for a ticket never called and no longer waiting', () => {
    expect(
      waitedMinutes({ issuedAt: ISSUED, firstCalledAt: null, status: 'SKIPPED' }, NOW),
    ).toBeNull();
  });
});

describe('withinTarget', () => {
  it('holds up to the target inclusive, and is null until called', () => {
    expect(withinTarget({ issuedAt: ISSUED, firstCalledAt: minutesAfter(15) }, 15)).toBe(true);
    expect(withinTarget({ issuedAt: ISSUED, firstCalledAt: minutesAfter(15.01) }, 15)).toBe(false);
    expect(withinTarget({ issuedAt: ISSUED, firstCalledAt: null }, 15)).toBeNull();
  });
});

describe('callStep', () => {
  it('calls a waiting ticket to the counter and fixes the first call', () => {
    expect(callStep({ status: 'WAITING', firstCalledAt: null }, 3, 'clerk', NOW)).toEqual({
      change: 'CALLED',
      patch: {
        status: 'CALLED',
        firstCalledAt: NOW,
        lastCalledAt: NOW,
        counter: 3,
        calledBy: 'clerk',
      },
    });
  });

  it('keeps the first call of a transferred ticket', () => {
    const first = minutesAfter(2);
    expect(
      callStep({ status: 'WAITING', firstCalledAt: first }, 1, 'clerk', NOW).patch,
    ).toMatchObject({
      firstCalledAt: first,
      lastCalledAt: NOW,
    });
  });

  it('refuses a ticket that does not wait', () => {
    expect(codeOf(() => callStep({ status: 'CALLED', firstCalledAt: NOW }, 1, 'c', NOW))).toBe(
      ErrorCode.QueueTicketState,
    );
  });
});

describe('ticketStep', () => {
  const commands: QueueTicketCommand[] = [
    { type: 'START' },
    { type: 'FINISH' },
    { type: 'SKIP' },
    { type: 'RECALL' },
    { type: 'TRANSFER', serviceGroupCode: 'B' },
  ];
  /** Which command each status allows; every other pair is QUEUE_TICKET_STATE. */
  const allowed: Record<QueueTicketStatus, string[]> = {
    WAITING: ['TRANSFER'],
    CALLED: ['START', 'FINISH', 'SKIP', 'RECALL', 'TRANSFER'],
    SERVING: ['FINISH', 'TRANSFER'],
    SERVED: [],
    SKIPPED: ['RECALL'],
  };

  it.each(Object.values(QueueTicketStatus))('allows from %s exactly the legal steps', (status) => {
    for (const command of commands) {
      const code = codeOf(() =>
        ticketStep({ status, serviceGroupCode: 'A', servedAt: null }, command, NOW),
      );
      expect([command.type, code]).toEqual([
        command.type,
        allowed[status].includes(command.type) ? undefined : ErrorCode.QueueTicketState,
      ]);
    }
  });

  it('finishes with the dossier received and keeps the start of service', () => {
    const started = minutesAfter(15);
    const step = ticketStep(
      { status: 'SERVING', serviceGroupCode: 'A', servedAt: started },
      { type: 'FINISH', dossierCode: '000.00.01.H26-260302-0001' },
      NOW,
    );
    expect(step).toEqual({
      change: 'FINISHED',
      patch: {
        status: 'SERVED',
        servedAt: started,
        finishedAt: NOW,
        dossierCode: '000.00.01.H26-260302-0001',
      },
    });
  });

  it('sends a transferred ticket back to waiting in the other group, off its counter', () => {
    const step = ticketStep(
      { status: 'CALLED', serviceGroupCode: 'A', servedAt: null },
      { type: 'TRANSFER', serviceGroupCode: 'C' },
      NOW,
    );
    expect(step).toEqual({
      change: 'TRANSFERRED',
      patch: {
        status: 'WAITING',
        serviceGroupCode: 'C',
        transferredFrom: 'A',
        counter: null,
        lastCalledAt: null,
        servedAt: null,
      },
    });
  });

  it('refuses a transfer to the group the ticket is in', () => {
    expect(
      codeOf(() =>
        ticketStep(
          { status: 'CALLED', serviceGroupCode: 'A', servedAt: null },
          { type: 'TRANSFER', serviceGroupCode: 'A' },
          NOW,
        ),
      ),
    ).toBe(ErrorCode.BadRequest);
  });

  it('recalls a no-show back to CALLED', () => {
    expect(
      ticketStep(
        { status: 'SKIPPED', serviceGroupCode: 'A', servedAt: null },
        { type: 'RECALL' },
        NOW,
      ),
    ).toEqual({
      change: 'RECALLED',
      patch: { status: 'CALLED', lastCalledAt: NOW, finishedAt: null },
    });
  });
});
