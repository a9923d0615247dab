export const ROLES = ['admin', 'steering', 'front', 'supervisor', 'enumerator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_VI: Readonly<Record<Role, string>> = {
  admin: 'Quản trị',
  steering: 'Ban Chỉ đạo',
  front: 'Mặt trận Tổ quốc',
  supervisor: 'Giám sát viên',
  enumerator: 'Rà soát viên',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
