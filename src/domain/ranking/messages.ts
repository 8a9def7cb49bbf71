/**
 * Texts for the i18n keys the ranking rules put in errors (`{name}` placeholders take params).
 * The server's message catalogue merges them; a test checks every key used has both texts.
 */
export const rankingMessages = {
  vi: {
    'errors.scoreSheet.unknownCriterion': 'Bộ tiêu chí {set} không có tiêu chí {criterion}.',
    'errors.scoreSheet.unknownOption': 'Tiêu chí {criterion} không có phương án {option}.',
    'errors.round.noSheets': 'Chưa có phiếu chấm điểm nào được tính (sau khi loại thành viên có xung đột lợi ích).',
    'errors.round.incompleteSheet': 'Phiếu của thành viên {member} chưa chấm các tiêu chí: {missing}.',
    'errors.round.duplicateMember': 'Thành viên {member} có nhiều hơn một phiếu cho sản phẩm này.',
    'errors.feedback.unknownCriterion': 'Không có tiêu chí {criterion}.',
    'errors.feedback.pointsRange': 'Điểm tiêu chí {criterion} ({points}) phải từ 0 đến {max}.',
    'errors.feedback.notDisqualifying': 'Tiêu chí {criterion} không có phương án bị loại.',
    'errors.recognition.unknownRule': 'Không có quy định đánh giá {rule}.',
    'errors.recognition.levelNotInProcedure': 'Cấp {level} không tham gia quy trình đánh giá theo {rule}.',
  },
  en: {
    'errors.scoreSheet.unknownCriterion': 'Criteria set {set} has no criterion {criterion}.',
    'errors.scoreSheet.unknownOption': 'Criterion {criterion} has no option {option}.',
    'errors.round.noSheets': 'No score sheet counts (after leaving out members with a conflict of interest).',
    'errors.round.incompleteSheet': 'The sheet of member {member} has not scored: {missing}.',
    'errors.round.duplicateMember': 'Member {member} has more than one sheet for this product.',
    'errors.feedback.unknownCriterion': 'There is no criterion {criterion}.',
    'errors.feedback.pointsRange': 'Points of criterion {criterion} ({points}) must be from 0 to {max}.',
    'errors.feedback.notDisqualifying': 'Criterion {criterion} has no disqualifying option.',
    'errors.recognition.unknownRule': 'There is no evaluation rule version {rule}.',
    'errors.recognition.levelNotInProcedure': 'The {level} level takes no part in the procedure of {rule}.',
  },
} as const satisfies Record<'vi' | 'en', Record<string, string>>;
