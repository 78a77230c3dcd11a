import {
  formatVietnamDate,
  formatVietnamDateTime,
  formatVietnamShortDateTime,
  vietnamDateParts,
} from './vietnam-date-format';

describe(formatVietnamDateTime.name, () => {
  it('prints Vietnam wall time when given a UTC instant', () => {
    expect(formatVietnamDateTime(new Date('2026-01-09T03:00:00Z'))).toBe(
      '10 giờ 00 phút, ngày 09 tháng 01 năm 2026',
    );
  });

  it('moves to the next Vietnam day when the UTC time is after 17:00', () => {
    expect(formatVietnamDateTime(new Date('2025-06-30T17:05:00Z'))).toBe(
      '00 giờ 05 phút, ngày 01 tháng 07 năm 2025',
    );
  });
});

describe(formatVietnamDate.name, () => {
  it('pads day and month when they have one digit', () => {
    expect(formatVietnamDate(new Date('2025-12-31T18:00:00Z'))).toBe('ngày 01 tháng 01 năm 2026');
  });
});

describe(formatVietnamShortDateTime.name, () => {
  it('prints hh:mm dd/mm/yyyy when a table cell is narrow', () => {
    expect(formatVietnamShortDateTime(new Date('2026-01-12T02:00:00Z'))).toBe('09:00 12/01/2026');
  });
});

describe(vietnamDateParts.name, () => {
  it('throws a RangeError when the date is invalid', () => {
    expect(() => vietnamDateParts(new Date('nope'))).toThrow(RangeError);
  });
});
