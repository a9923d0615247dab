/** Vietnamese reasons for what the server checks beyond survey-core's own (Vietnamese) messages. */
export const ANSWER_MESSAGES = {
  unknown: 'Câu hỏi này không có trong biểu mẫu.',
  hidden: 'Câu hỏi này đang bị ẩn theo điều kiện của phiếu nên không được có câu trả lời.',
  choice: 'Giá trị không nằm trong các lựa chọn của câu hỏi.',
  number: 'Câu trả lời phải là một số.',
  date: 'Câu trả lời phải là ngày theo dạng NNNN-TT-NN.',
  text: 'Câu trả lời phải là văn bản.',
  boolean: 'Câu trả lời phải là Có hoặc Không.',
  list: 'Câu trả lời phải là một danh sách.',
  record: 'Câu trả lời phải là một nhóm giá trị.',
  min_items: 'Danh sách chưa đủ số mục tối thiểu.',
  max_items: 'Danh sách vượt quá số mục tối đa.',
  invalid: 'Phiếu chưa hợp lệ.',
} as const;
export type AnswerRule = keyof typeof ANSWER_MESSAGES;
