import { CITIZEN_ACR } from '@motcua/local-idp';
import { assuranceLevel } from './assurance-level';

describe(assuranceLevel.name, () => {
  it.each([
    [2, 2],
    ['2', 2],
    [' 2 ', 2],
    [1, 1],
    ['1', 1],
    ['urn:vneid:loa:2', 2],
    ['urn:vneid:loa:1', 1],
    ['urn:motcua:vneid:level-2', 2],
    ['loa2', 2],
    [CITIZEN_ACR, 2],
  ])('reads %p as level %p', (value, level) => {
    expect(assuranceLevel(value)).toBe(level);
  });

  it.each([
    ['an unknown word', 'substantial'],
    ['a number ending in 2', 'urn:vneid:loa:12'],
    ['level 3', 3],
    ['a level-3 URN', 'urn:vneid:loa:3'],
    ['no claim', undefined],
    ['null', null],
    ['an array', ['2']],
    ['an empty string', ''],
  ])('counts %s as level 1', (_case, value) => {
    expect(assuranceLevel(value)).toBe(1);
  });
});
