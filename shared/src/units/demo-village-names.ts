/** Names of the kind found among Lào Cai's thôn and bản, used to generate demo villages. */
export const DEMO_VILLAGE_NAMES = [
  'Na Lo', 'Phìn Ngan', 'Lao Chải', 'Sín Chải', 'Nậm Cang', 'Cốc Ly', 'Na Hối', 'Làng Giàng',
  'Khe Lếch', 'Nà Hẩu', 'Pả Chư Tỷ', 'Tả Chải', 'Nặm Khánh', 'Ngải Thầu', 'Lùng Cẩu', 'Hoàng Thu Phố',
  'Sản Chư', 'Cán Cấu', 'Nậm Lúc', 'Bản Mế', 'Sà Phìn', 'Trung Đô', 'Làng Mới', 'Đồng Tâm',
  'Khe Mạ', 'Nà Ràng', 'Tân Thành', 'Làng Cang', 'Nậm Tang', 'Pác Ngà', 'Cốc Sâm', 'Ma Cái Thàng',
  'Sín Chéng', 'Xín Mần', 'Phố Cũ', 'Khe Bốn', 'Làng Vàng', 'Đồng Chà', 'Nà Phát', 'Bản Phố',
] as const;

export const DEMO_VILLAGE_PREFIXES = ['Thôn', 'Bản'] as const;
