import type { Sex } from '@ntm/shared';

/** Names as they are written in Lào Cai's household books, by ethnic group. */
export type EthnicNames = {
  ethnicity: string;
  surnames: readonly string[];
  middle: Readonly<Record<Sex, readonly string[]>>;
  given: Readonly<Record<Sex, readonly string[]>>;
};

export const ETHNIC_NAMES: readonly EthnicNames[] = [
  {
    ethnicity: "H'Mông",
    surnames: ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lù', 'Hầu', 'Mùa', 'Lý', 'Ma', 'Sình'],
    middle: { male: ['Seo', 'A', 'Văn'], female: ['Thị'] },
    given: {
      male: ['Pao', 'Chứ', 'Dình', 'Páo', 'Lử', 'Sính', 'Phủ', 'Tủa', 'Chinh', 'Súa', 'Dế', 'Lềnh'],
      female: ['Mai', 'Máy', 'Dợ', 'Sua', 'Chá', 'Mỷ', 'Pà', 'Dở', 'Xúa', 'Lan', 'Cở', 'Sính'],
    },
  },
  {
    ethnicity: 'Tày',
    surnames: ['Hoàng', 'Nông', 'Lường', 'Ma', 'Hà', 'Triệu', 'Lục', 'Bế'],
    middle: { male: ['Văn', 'Đức'], female: ['Thị'] },
    given: {
      male: ['Thành', 'Đức', 'Quý', 'Lâm', 'Kiên', 'Tuyên', 'Chiến', 'Khánh', 'Hưng', 'Thắng'],
      female: ['Nhung', 'Hiền', 'Thảo', 'Vân', 'Duyên', 'Huệ', 'Lụa', 'Thơm', 'Nga', 'Xuyến'],
    },
  },
  {
    ethnicity: 'Dao',
    surnames: ['Triệu', 'Bàn', 'Lý', 'Đặng', 'Phùng', 'Chảo', 'Tẩn'],
    middle: { male: ['Văn', 'Tài', 'Phúc'], female: ['Thị', 'Mùi'] },
    given: {
      male: ['Chàn', 'Quẩy', 'Sành', 'Tả', 'Phin', 'Kiềm', 'Lở', 'Chòi', 'Dùn', 'Phú'],
      female: ['Mẩy', 'Nhất', 'Chiêu', 'Xuân', 'Ton', 'Lai', 'Hương', 'Mến', 'Pham', 'Slinh'],
    },
  },
  {
    ethnicity: 'Kinh',
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
    middle: { male: ['Văn', 'Đình', 'Minh', 'Quang'], female: ['Thị', 'Thu', 'Ngọc'] },
    given: {
      male: ['Hùng', 'Dũng', 'Minh', 'Tuấn', 'Hải', 'Nam', 'Long', 'Sơn', 'Thắng', 'Quang', 'Bình', 'Cường'],
      female: ['Lan', 'Hoa', 'Hương', 'Mai', 'Thu', 'Hằng', 'Ngọc', 'Trang', 'Liên', 'Yến', 'Phương', 'Hà'],
    },
  },
];
