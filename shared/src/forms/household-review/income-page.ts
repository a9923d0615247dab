import { INCOME_ANSWER_NAMES } from '../../poverty/review/review-answers';
import { INCOME_METHODS, INCOME_SOURCES, PROXY_ASSETS } from '../../poverty/vocabulary/income';
import { checklist, singleChoice, wholeNumber, yesNo } from './elements';
import { reviewPage } from './screening-page';

/** A household's yearly amounts in đồng stay far below this (100 billion): a typo guard, not a rule. */
const MAX_DONG = 100_000_000_000;

export const INCOME_PAGE = reviewPage('thu_nhap', 'Thu nhập', [
  singleChoice('radiogroup', 'income_method', 'Cách xác định thu nhập', INCOME_METHODS),
  {
    type: 'panel',
    name: 'measured_income',
    title: 'Thu nhập của hộ trong 12 tháng qua (đồng)',
    description: 'Không tính các khoản trợ cấp xã hội của Nhà nước.',
    visibleIf: "{income_method} = 'measured'",
    elements: [
      ...INCOME_SOURCES.map(({ value, text }) => wholeNumber(INCOME_ANSWER_NAMES[value], text, MAX_DONG)),
      wholeNumber('production_costs', 'Chi phí sản xuất, kinh doanh', MAX_DONG),
    ],
  },
  {
    type: 'panel',
    name: 'proxy_income',
    title: 'Đặc điểm, tài sản của hộ (Phiếu B1)',
    visibleIf: "{income_method} = 'proxy'",
    elements: [
      checklist('proxy_assets', 'Hộ có tài sản nào sau đây?', PROXY_ASSETS, 'Không có tài sản nào'),
      wholeNumber('proxy_cattle', 'Số trâu, bò, ngựa của hộ', 10_000),
    ],
  },
]);

export const SOCIAL_PAGE = reviewPage('chinh_sach', 'Sinh kế và chính sách xã hội', [
  yesNo('farm_livelihood', 'Hộ sống chủ yếu bằng nông nghiệp, lâm nghiệp, ngư nghiệp hoặc diêm nghiệp'),
  yesNo('social_protection', 'Hộ thuộc diện bảo trợ xã hội'),
  yesNo('impoverished_by_shock', 'Hộ rơi vào nghèo do tai nạn, ốm đau, bệnh hiểm nghèo hoặc thiên tai'),
  { type: 'comment', name: 'notes', title: 'Ghi chú của rà soát viên', maxLength: 1000 },
]);
