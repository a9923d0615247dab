import { defaultUnitAttributes } from './default-unit-attributes';
import { foldDiacritics } from './fold-diacritics';
import { defaultRegionOfProvince, PROVINCE_DEFAULT_REGIONS } from './province-default-region';
import { ancestorCodes, childPath, isWithinScope, NATIONAL_ROOT_PATH, provinceCodeOfPath, scopesOverlap } from './scope';
import { canBeChildOf, isCommuneLevel, isUnitType } from './unit-type';

describe('foldDiacritics', () => {
  it.each([
    ['Lào Cai', 'lao cai'],
    ['Đắk Lắk', 'dak lak'],
    ['Thừa Thiên  Huế', 'thua thien hue'],
    ['Ô Chợ Dừa', 'o cho dua'],
    ['  Yên Hoà ', 'yen hoa'],
    ['Pả Chư Tỷ', 'pa chu ty'],
  ])('folds "%s" to "%s"', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('folds precomposed and combining forms alike', () => {
    expect(foldDiacritics('Ho\u0300a')).toBe(foldDiacritics('Hòa'));
  });
});

describe('unit hierarchy', () => {
  it('places provinces under the country and communes, wards and special zones under provinces', () => {
    expect(canBeChildOf('province', 'country')).toBe(true);
    for (const type of ['commune', 'ward', 'special_zone', 'other', 'district'] as const) expect(canBeChildOf(type, 'province')).toBe(true);
    expect(canBeChildOf('commune', 'district')).toBe(true);
  });

  it('places villages only under commune-level units', () => {
    expect(canBeChildOf('village', 'commune')).toBe(true);
    expect(canBeChildOf('village', 'ward')).toBe(true);
    expect(canBeChildOf('village', 'province')).toBe(false);
    expect(canBeChildOf('village', 'village')).toBe(false);
    expect(canBeChildOf('commune', 'commune')).toBe(false);
  });

  it('knows the commune level and the type names', () => {
    expect(isCommuneLevel('special_zone')).toBe(true);
    expect(isCommuneLevel('village')).toBe(false);
    expect(isUnitType('township')).toBe(false);
  });
});

describe('scope paths', () => {
  it('builds and reads materialised paths', () => {
    const path = childPath(childPath('/VN/', '15'), '02839');
    expect(path).toBe('/VN/15/02839/');
    expect(ancestorCodes(path)).toEqual(['VN', '15']);
    expect(provinceCodeOfPath(path)).toBe('15');
    expect(provinceCodeOfPath('/VN/15/')).toBe('15');
    expect(provinceCodeOfPath(NATIONAL_ROOT_PATH)).toBeNull();
  });

  it('includes a unit in its own scope and its descendants, never a sibling sharing a prefix', () => {
    expect(isWithinScope('/VN/15/02839/02839-01/', '/VN/15/02839/')).toBe(true);
    expect(isWithinScope('/VN/15/02839/', '/VN/15/02839/')).toBe(true);
    expect(isWithinScope('/VN/15/028390/', '/VN/15/02839/')).toBe(false);
    expect(isWithinScope('/VN/12/', '/VN/15/')).toBe(false);
  });

  it('sees scopes overlap up and down the tree, not across it', () => {
    expect(scopesOverlap('/VN/', '/VN/15/02839/')).toBe(true);
    expect(scopesOverlap('/VN/15/02839/02839-01/', '/VN/15/')).toBe(true);
    expect(scopesOverlap('/VN/12/', '/VN/15/02839/')).toBe(false);
  });
});

describe('default unit attributes', () => {
  it('gives a xã of Lào Cai the TDMNPB region and marks it rural (Decision 318 regions)', () => {
    expect(defaultUnitAttributes('commune', '15', null)).toEqual({ ntmRegion: 'TDMNPB', isRural: true });
  });

  it('marks a phường urban and leaves a special zone for the administrator', () => {
    expect(defaultUnitAttributes('ward', '01', null)).toEqual({ ntmRegion: 'DBSH', isRural: false });
    expect(defaultUnitAttributes('special_zone', '22', null)).toEqual({ ntmRegion: 'DBSH', isRural: null });
  });

  it('lets a village inherit from its commune', () => {
    expect(defaultUnitAttributes('village', '15', { ntmRegion: 'TN', isRural: false })).toEqual({ ntmRegion: 'TN', isRural: false });
    expect(defaultUnitAttributes('village', '15', null)).toEqual({ ntmRegion: null, isRural: null });
  });

  it('covers all 34 provinces with a default region', () => {
    expect(Object.keys(PROVINCE_DEFAULT_REGIONS)).toHaveLength(34);
    expect(defaultRegionOfProvince('96')).toBe('DBSCL');
    expect(defaultRegionOfProvince('00')).toBeNull();
  });
});
