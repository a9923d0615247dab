import type { HouseholdFactSummary } from './assessment';
import { isWorkingAge } from './working-age';
import { insuranceDeprivation } from './indicators/health';
import { housingQualityDeprivation } from './indicators/housing';
import { type IndicatorInput } from './indicators/indicator';
import { and3, anyMember, not3, within } from './indicators/tri';
import { informationAccessDeprivation } from './indicators/information';
import { INFORMATION_DEVICES } from './vocabulary/information';
import { CLEAN_WATER_SOURCES, HYGIENIC_LATRINES } from './vocabulary/water-sanitation';

// The NTM criteria count these facts the same way whatever the poverty standard of the year.
const nonDurableHouse = housingQualityDeprivation(2);
const uninsuredMember = insuranceDeprivation(6);
const noInformationAccess = informationAccessDeprivation(new Set(INFORMATION_DEVICES.map((device) => device.value)));

export function summarizeHousehold(input: IndicatorInput): HouseholdFactSummary {
  const { household } = input;
  const uncontractedWorker = anyMember(
    input,
    (m) => and3(isWorkingAge(m.ageMonths, m.facts.sex, input.referenceYear), m.facts.employment === null ? null : m.facts.employment === 'wage'),
    (m) => not3(m.facts.labourContract),
  );
  return {
    durableHousing: not3(nonDurableHouse(input)),
    cleanWater: within(household.waterSource, CLEAN_WATER_SOURCES),
    hygienicLatrine: within(household.latrine, HYGIENIC_LATRINES),
    allInsured: not3(uninsuredMember(input)),
    internetUse: household.internetUse,
    informationAccess: not3(noInformationAccess(input)),
    workersWithContract: not3(uncontractedWorker),
    farmLivelihood: household.farmLivelihood,
  };
}
