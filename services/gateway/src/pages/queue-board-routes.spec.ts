import { refreshSecondsOf } from './queue-board-routes';

describe(refreshSecondsOf.name, () => {
  it.each([
    [undefined, 30],
    ['', 30],
    ['abc', 30],
    ['15', 15],
    ['1', 5],
    ['100000', 600],
    ['12.6', 13],
  ])('reads %j as %d seconds', (value, seconds) => {
    expect(refreshSecondsOf(value)).toBe(seconds);
  });
});
