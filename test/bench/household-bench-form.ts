import type { SurveyDefinition } from '@ntm/shared';

const yesNo = (name: string, extra: object = {}) => ({ type: 'boolean', name, isRequired: true, ...extra });
const choice = (name: string, choices: string[], extra: object = {}) => ({ type: 'radiogroup', name, isRequired: true, choices, ...extra });
const number = (name: string, min: number, max: number, extra: object = {}) => ({ type: 'text', inputType: 'number', name, isRequired: true, min, max, ...extra });

/** A household review of realistic size: 32 questions on the household and a roster of 11 per member. */
export const HOUSEHOLD_BENCH_FORM: SurveyDefinition = {
  locale: 'vi',
  pages: [
    {
      name: 'general',
      elements: [
        { type: 'text', name: 'head_name', isRequired: true, maxLength: 100 },
        { type: 'text', name: 'address', isRequired: true },
        choice('ethnicity', ['kinh', 'hmong', 'tay', 'dao', 'giay', 'nung', 'other']),
        number('member_count', 1, 30),
        { type: 'text', name: 'review_date', inputType: 'date', isRequired: true },
        {
          type: 'paneldynamic',
          name: 'members',
          minPanelCount: 1,
          maxPanelCount: 30,
          templateElements: [
            { type: 'text', name: 'full_name', isRequired: true },
            choice('sex', ['male', 'female']),
            number('birth_year', 1900, 2030),
            choice('relation', ['head', 'spouse', 'child', 'parent', 'grandchild', 'other']),
            yesNo('has_health_insurance'),
            choice('schooling', ['none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'university'], { visibleIf: '{panel.birth_year} <= 2020' }),
            yesNo('in_school', { visibleIf: '{panel.birth_year} >= 2005' }),
            choice('employment', ['farming', 'wage', 'self_employed', 'unemployed', 'retired'], { visibleIf: '{panel.birth_year} <= 2011' }),
            yesNo('labour_contract', { visibleIf: "{panel.employment} = 'wage'" }),
            yesNo('disability'),
            number('monthly_income', 0, 100000000, { visibleIf: '{panel.birth_year} <= 2011' }),
          ],
        },
      ],
    },
    {
      name: 'living',
      elements: [
        choice('wall_material', ['brick', 'wood', 'earth', 'bamboo', 'other']),
        choice('roof_material', ['concrete', 'tile', 'metal', 'thatch', 'other']),
        choice('frame_material', ['concrete', 'steel', 'hardwood', 'bamboo', 'other']),
        number('floor_area', 1, 2000),
        choice('water_source', ['piped', 'drilled_well', 'dug_well', 'gravity', 'rain', 'other']),
        yesNo('water_treated'),
        yesNo('has_latrine'),
        choice('latrine_type', ['flush', 'double_vault', 'ventilated_pit', 'other'], { visibleIf: '{has_latrine} = true' }),
        yesNo('has_electricity'),
        yesNo('uses_internet'),
        { type: 'checkbox', name: 'devices', choices: ['tv', 'radio', 'computer', 'smartphone', 'phone'], isRequired: true },
        yesNo('has_motorbike'),
        number('farm_land_m2', 0, 1000000),
        number('forest_land_m2', 0, 10000000),
        number('cattle', 0, 500),
        number('pigs', 0, 1000),
        number('poultry', 0, 10000),
      ],
    },
    {
      name: 'income',
      elements: [
        number('income_crops', 0, 10000000000),
        number('income_livestock', 0, 10000000000),
        number('income_forestry', 0, 10000000000),
        number('income_wages', 0, 10000000000),
        number('income_business', 0, 10000000000),
        number('income_other', 0, 10000000000),
        yesNo('receives_social_allowance'),
        number('social_allowance_amount', 0, 1000000000, { visibleIf: '{receives_social_allowance} = true' }),
        yesNo('has_bank_loan'),
        { type: 'comment', name: 'notes', maxLength: 2000 },
      ],
    },
  ],
};

const member = (i: number, born = 1950 + i * 9) => ({
  full_name: `Thành viên ${i + 1}`,
  sex: i % 2 ? 'female' : 'male',
  birth_year: born,
  relation: i === 0 ? 'head' : 'child',
  has_health_insurance: true,
  ...(born <= 2020 ? { schooling: 'primary' } : {}),
  ...(born >= 2005 ? { in_school: true } : {}),
  ...(born <= 2011 ? { employment: i === 1 ? 'wage' : 'farming', monthly_income: 2500000 } : {}),
  ...(i === 1 ? { labour_contract: true } : {}),
  disability: false,
});

/** Complete answers; households have 1 to 8 members (6 is typical of a mountain household). */
export function benchAnswers(members = 6): Record<string, unknown> {
  return {
    head_name: 'Giàng Seo Pao', address: 'Bản Phố', ethnicity: 'hmong', member_count: members, review_date: '2026-10-15',
    members: Array.from({ length: members }, (_, i) => member(i)),
    wall_material: 'wood', roof_material: 'metal', frame_material: 'hardwood', floor_area: 64, water_source: 'gravity',
    water_treated: false, has_latrine: true, latrine_type: 'double_vault', has_electricity: true, uses_internet: true,
    devices: ['tv', 'smartphone'], has_motorbike: true, farm_land_m2: 4500, forest_land_m2: 20000, cattle: 2, pigs: 4,
    poultry: 30, income_crops: 36000000, income_livestock: 12000000, income_forestry: 5000000, income_wages: 30000000,
    income_business: 0, income_other: 0, receives_social_allowance: false, has_bank_loan: true,
  };
}
