import { toCalendarUpdate, toWorkingCalendarModel } from './calendar.mapper';

const track = {
  id: 'green-friday',
  name: 'Thứ Sáu xanh',
  unitCodes: [],
  procedureCodes: ['1.001612'],
  duration: { value: 1, unit: 'HOURS' as const },
};

describe(toCalendarUpdate.name, () => {
  it('leaves out fields given as null so the stored parts stay', () => {
    expect(
      toCalendarUpdate({
        officeHours: null,
        weekendDays: null,
        years: [{ year: 2027, holidays: ['2027-01-01'], workingDays: null }],
        fastTracks: [{ ...track, weekdays: [5], dates: null }],
      }),
    ).toEqual({
      officeHours: undefined,
      weekendDays: undefined,
      years: [{ year: 2027, holidays: ['2027-01-01'], workingDays: undefined }],
      fastTracks: [{ ...track, weekdays: [5], dates: undefined }],
    });
  });
});

describe(toWorkingCalendarModel.name, () => {
  it('lists no weekdays or dates when a fast track has none', () => {
    const model = toWorkingCalendarModel({
      tenant: 'hanoi',
      officeHours: [{ start: '08:00', end: '12:00' }],
      weekendDays: [6, 7],
      holidays: [],
      workingDays: [],
      fastTracks: [track],
    });
    expect(model.fastTracks).toEqual([{ ...track, weekdays: [], dates: [] }]);
  });
});
