import {
  canTake,
  chooseHandler,
  defaultDailyCapacity,
  queueFlags,
  type Candidate,
} from './assignment-policy';

function candidate(subject: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    subject,
    active: true,
    fieldCodes: ['G09-TP01'],
    dailyCapacity: 7,
    openLoad: 0,
    assignedToday: 0,
    absentToday: false,
    ...overrides,
  };
}

describe(defaultDailyCapacity.name, () => {
  it.each([
    ['URBAN', 7],
    ['RURAL', 5],
    ['REMOTE', 4],
  ] as const)('spreads the %s norm over 250 working days', (area, expected) => {
    expect(defaultDailyCapacity(area)).toBe(expected);
  });
});

describe(canTake.name, () => {
  it.each([
    ['inactive', { active: false }],
    ['absent', { absentToday: true }],
    ['without the skill', { fieldCodes: ['G09-TC01'] }],
    ['at capacity', { assignedToday: 7 }],
  ])('refuses a handler %s', (_why, overrides) => {
    expect(canTake(candidate('a', overrides), 'G09-TP01')).toBe(false);
  });

  it('takes any field when the handler has no skill list', () => {
    expect(canTake(candidate('a', { fieldCodes: null }), 'G09-XD01')).toBe(true);
  });
});

describe(chooseHandler.name, () => {
  it('picks the least open load among those who can take the dossier', () => {
    const chosen = chooseHandler(
      [
        candidate('busy', { openLoad: 9 }),
        candidate('free-but-absent', { openLoad: 0, absentToday: true }),
        candidate('light', { openLoad: 2 }),
        candidate('unskilled', { openLoad: 0, fieldCodes: ['G09-TC01'] }),
      ],
      'G09-TP01',
    );
    expect(chosen?.subject).toBe('light');
  });

  it('breaks a load tie by fewer given today, then by subject', () => {
    const tie = [
      candidate('c', { openLoad: 1, assignedToday: 1 }),
      candidate('b', { openLoad: 1, assignedToday: 0 }),
      candidate('a', { openLoad: 1, assignedToday: 0 }),
    ];
    expect(chooseHandler(tie, 'G09-TP01')?.subject).toBe('a');
    expect(chooseHandler([...tie].reverse(), 'G09-TP01')?.subject).toBe('a');
  });

  it('skips the excluded handler (the one being relieved)', () => {
    expect(
      chooseHandler([candidate('a'), candidate('b', { openLoad: 3 })], 'G09-TP01', 'a')?.subject,
    ).toBe('b');
  });

  it('returns undefined when nobody can take it', () => {
    expect(chooseHandler([candidate('a', { assignedToday: 7 })], 'G09-TP01')).toBeUndefined();
    expect(chooseHandler([], 'G09-TP01')).toBeUndefined();
  });
});

describe(queueFlags.name, () => {
  const now = new Date('2026-01-05T03:00:00.000Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  const margin = 8 * 3_600_000;

  it('marks a dossier past its due time overdue', () => {
    expect(queueFlags(hours(-1), now, margin)).toEqual({ overdue: true, nearingDue: false });
    expect(queueFlags(now, now, margin)).toEqual({ overdue: true, nearingDue: false });
  });

  it('marks a dossier due within the margin nearing due', () => {
    expect(queueFlags(hours(8), now, margin)).toEqual({ overdue: false, nearingDue: true });
    expect(queueFlags(hours(9), now, margin)).toEqual({ overdue: false, nearingDue: false });
  });

  it('flags nothing while the clock is paused', () => {
    expect(queueFlags(null, now, margin)).toEqual({ overdue: false, nearingDue: false });
  });
});
