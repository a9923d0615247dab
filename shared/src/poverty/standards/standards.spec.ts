import { residenceAreaOfUnitType, villageResidenceArea } from '../standard';
import { ND07_2022_2025 } from './nd07';
import { ND351_2027_2030 } from './nd351';
import { QD59_2016_2020 } from './qd59';
import { POVERTY_STANDARDS, povertyStandardForYear } from './standards';

describe('povertyStandardForYear', () => {
  it.each([
    [2016, 'QD59_2016_2020'],
    [2021, 'QD59_2016_2020'],
    [2022, 'ND07_2022_2025'],
    [2025, 'ND07_2022_2025'],
    // Decree 351/2025 keeps Decree 07/2021 through 31 December 2026.
    [2026, 'ND07_2022_2025'],
    [2027, 'ND351_2027_2030'],
    [2030, 'ND351_2027_2030'],
  ])('assesses review year %i under %s', (year, id) => {
    expect(povertyStandardForYear(year)?.id).toBe(id);
  });

  it.each([2015, 2031])('has no standard for %i', (year) => {
    expect(povertyStandardForYear(year)).toBeNull();
  });
});

describe('the standards as data', () => {
  it('holds the income lines in đồng per person per month', () => {
    expect(ND07_2022_2025.lines.line.value).toEqual({ rural: 1_500_000, urban: 2_000_000 });
    expect(ND07_2022_2025.lines.averageUpper.value).toEqual({ rural: 2_250_000, urban: 3_000_000 });
    expect(ND07_2022_2025.lines.incomeOnlyPoor).toBeNull();
    expect(ND351_2027_2030.lines.line.value).toEqual({ rural: 2_200_000, urban: 2_800_000 });
    expect(ND351_2027_2030.lines.averageUpper.status).toBe('to_confirm');
    expect(QD59_2016_2020.lines.incomeOnlyPoor?.value).toEqual({ rural: 700_000, urban: 900_000 });
    expect(QD59_2016_2020.lines.line.value).toEqual({ rural: 1_000_000, urban: 1_300_000 });
  });

  it('numbers the 12 indicators of Decree 07/2021 in 6 dimensions', () => {
    expect(ND07_2022_2025.indicators.map((indicator) => indicator.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(ND07_2022_2025.indicators.map((indicator) => indicator.dimension)).size).toBe(6);
    expect(QD59_2016_2020.indicators).toHaveLength(10);
  });

  it('gives every standard, line and indicator a legal basis and a status, and keeps years apart', () => {
    for (const standard of POVERTY_STANDARDS) {
      const sourced = [standard.years, standard.lines.line, standard.lines.averageUpper, standard.minDeprivations, ...standard.indicators];
      for (const item of sourced) {
        expect(item.basis).not.toBe('');
        expect(['verified', 'to_confirm']).toContain(item.status);
      }
      expect(new Set(standard.indicators.map((indicator) => indicator.id)).size).toBe(standard.indicators.length);
    }
    const years = POVERTY_STANDARDS.map((standard) => standard.years.value);
    years.slice(1).forEach((range, index) => expect(range.from).toBe(years[index]!.to + 1));
  });
});

describe('residenceAreaOfUnitType', () => {
  it('makes xã rural and phường urban, and leaves special zones to an administrator', () => {
    expect(residenceAreaOfUnitType('commune')).toBe('rural');
    expect(residenceAreaOfUnitType('ward')).toBe('urban');
    expect(residenceAreaOfUnitType('special_zone')).toBeNull();
  });
});

describe('villageResidenceArea', () => {
  it("takes the village's own setting first, then its commune's type, then its commune's setting, else rural", () => {
    expect(villageResidenceArea({ isRural: false }, { type: 'commune', isRural: true })).toBe('urban');
    expect(villageResidenceArea({ isRural: null }, { type: 'ward', isRural: true })).toBe('urban');
    expect(villageResidenceArea({ isRural: null }, { type: 'commune', isRural: false })).toBe('rural');
    expect(villageResidenceArea({ isRural: null }, { type: 'special_zone', isRural: false })).toBe('urban');
    expect(villageResidenceArea({ isRural: null }, { type: 'special_zone', isRural: null })).toBe('rural');
    expect(villageResidenceArea({ isRural: null }, null)).toBe('rural');
  });
});
