/** The B1 proxy scoring tables (Phiếu B, Thông tư 07/2021/TT-BLĐTBXH), in Vietnamese. */
export const proxyTablesVi = {
  title: 'Bảng chấm điểm B1',
  intro:
    'Bảng điểm đặc điểm và tài sản của hộ (Phiếu B, Thông tư 07/2021/TT-BLĐTBXH) dùng khi xác định thu nhập bằng chấm điểm. Bảng của tỉnh được dùng trước, sau đó đến bảng toàn quốc, cuối cùng là bảng tạm cài sẵn (chưa xác nhận). Mỗi lần lưu tạo một phiên bản mới; phiên bản mới nhất được áp dụng.',
  none: 'Chưa lưu bảng điểm nào: đang dùng bảng tạm cài sẵn (chưa xác nhận).',
  versions: 'Các phiên bản bảng điểm',
  header: { scope: 'Phạm vi', version: 'Phiên bản', title: 'Tên bảng', status: 'Trạng thái', basis: 'Căn cứ pháp lý', saved: 'Người lưu, thời gian', actions: 'Thao tác' },
  applies: 'Đang áp dụng',
  editFrom: 'Sửa từ phiên bản {{version}}',
  status: { to_confirm: 'Cần xác nhận', verified: 'Đã xác nhận' },
  editor: 'Soạn phiên bản mới',
  scope: 'Phạm vi áp dụng',
  scopeHint: 'VN cho toàn quốc, hoặc mã tỉnh (ví dụ 15).',
  statusLabel: 'Trạng thái số liệu',
  legalBasis: 'Căn cứ pháp lý',
  json: 'Bảng điểm (JSON)',
  jsonHint: 'title, standards, regions, base (điểm gốc rural/urban), items (tiêu chí × giá trị × điểm theo khu vực), thresholds (line, averageUpper, incomeOnlyPoor theo khu vực).',
  syntax: 'JSON chưa đúng cú pháp: {{message}}',
  problems: 'Bảng điểm chưa hợp lệ:',
  save: 'Lưu thành phiên bản mới',
  saved: 'Đã lưu phiên bản {{version}} cho {{scope}}.',
};
