import { criteriaMessages } from '../../domain/criteria/messages';
import { rankingMessages } from '../../domain/ranking/messages';
import { certificateMessages } from '../../domain/certificates/messages';
import { addMessages } from './messages';

/**
 * Messages of evaluation and ranking (criteria sets, rounds, sheets, certificates,
 * verification), registered with the server catalogue when the routes load.
 */
export const evaluationMessages = {
  vi: {
    'errors.criteriaSet.codeTaken': 'Mã bộ tiêu chí {code} đã tồn tại.',
    'errors.criteriaSet.notDraft': 'Bộ tiêu chí {code} đang ở trạng thái "{status}": chỉ bản nháp mới được sửa, xoá hoặc ban hành.',
    'errors.criteriaSet.notPublished': 'Bộ tiêu chí {code} không ở trạng thái đã ban hành (hiện là "{status}").',
    'errors.criteriaSet.inUse': 'Bộ tiêu chí {code} đã được dùng, không thể xoá.',
    'errors.criteriaSet.unknown': 'Không có bộ tiêu chí đã ban hành mã {code}.',
    'errors.round.notOpen': 'Đợt đánh giá không còn mở để chấm điểm (trạng thái: {status}).',
    'errors.round.noRules': 'Chưa có bộ tiêu chí quốc gia nào có hiệu lực ngày {date}.',
    'errors.round.levelProposesOnly': 'Theo {rule}, cấp {level} chỉ đánh giá sơ bộ và đề xuất, không lập hội đồng chấm điểm.',
    'errors.round.centralUnit': 'Đợt đánh giá cấp trung ương dùng mã đơn vị {code}.',
    'errors.round.levelNotAllowed': 'Tài khoản của bạn không được tổ chức đợt đánh giá ở cấp này.',
    'errors.round.oneChair': 'Hội đồng phải có đúng một Chủ tịch (hiện có {count}).',
    'errors.round.duplicateMember': 'Thành viên này đã có trong danh sách.',
    'errors.round.memberNotEligible': 'Người dùng này không thể tham gia hội đồng của đơn vị (không tồn tại, đã khoá, là chủ thể hoặc thuộc địa phương khác).',
    'errors.round.duplicateProduct': 'Sản phẩm này đã có trong đợt đánh giá.',
    'errors.round.productUnknown': 'Không tìm thấy sản phẩm trong địa bàn của đợt đánh giá.',
    'errors.round.dossierNotReady': 'Hồ sơ này chưa sẵn sàng để đưa vào đợt đánh giá (trạng thái: {status}).',
    'errors.round.noCriteriaSet': 'Không có bộ tiêu chí nào áp dụng cho nhóm sản phẩm {group} vào ngày {date}.',
    'errors.round.productBusy': 'Sản phẩm "{product}" đang ở trong đợt đánh giá chưa phê duyệt "{round}".',
    'errors.round.productHasSheets': 'Sản phẩm đã có phiếu chấm điểm, không thể bỏ khỏi đợt.',
    'errors.round.memberHasSheets': 'Thành viên đã chấm điểm, không thể bỏ khỏi hội đồng.',
    'errors.round.unknownDossierItem': 'Danh mục hồ sơ không có mục {code}.',
    'errors.round.noPreAssessment': 'Quy trình {rule} không có bước đánh giá sơ bộ của cấp xã.',
    'errors.round.notPreAssessed': 'Tiêu chí {criterion} không thuộc phần cấp xã đánh giá sơ bộ.',
    'errors.round.notMember': 'Bạn không phải thành viên hội đồng của đợt này.',
    'errors.round.notScoring': 'Thành viên tổ tư vấn không chấm điểm.',
    'errors.round.conflictDeclared': 'Bạn đã khai báo xung đột lợi ích với sản phẩm này nên không chấm điểm sản phẩm.',
    'errors.round.dossierIncomplete': 'Hồ sơ sản phẩm chưa đầy đủ, chưa thể chấm điểm.',
    'errors.round.sheetsPrivate': 'Phiếu chấm của các thành viên chỉ được công khai sau khi kết thúc đợt đánh giá.',
    'errors.round.cannotClose': 'Chưa thể kết thúc đợt: còn phiếu chưa chấm xong hoặc sản phẩm chưa có phiếu: {details}.',
    'errors.round.chairOnly': 'Chỉ Chủ tịch hội đồng (hoặc cơ quan tổ chức) được thực hiện thao tác này.',
    'errors.round.alreadyApproved': 'Kết quả đợt đánh giá đã được phê duyệt (Quyết định {decision}).',
    'errors.round.notClosed': 'Đợt đánh giá chưa kết thúc (trạng thái: {status}).',
    'errors.round.organiserOnly': 'Chỉ cơ quan tổ chức đợt đánh giá được phê duyệt kết quả.',
    'errors.round.decisionBeforeRound': 'Ngày quyết định không được trước ngày đánh giá ({date}).',
    'errors.round.decisionInFuture': 'Ngày quyết định không được sau ngày hôm nay.',
    'errors.certificate.levelCannotRecognise': 'Cấp {level} không được công nhận sản phẩm {stars} sao theo {rule}.',
    'errors.certificate.revokedBeforeIssue': 'Ngày thu hồi không được trước ngày cấp ({date}).',
    'errors.certificate.revokedInFuture': 'Ngày thu hồi không được sau ngày hôm nay.',
    'errors.certificate.notRevocable': 'Giấy chứng nhận đang ở trạng thái "{status}", không thể thu hồi.',
    'errors.verify.keyLocked': 'Không mở được khoá ký (kiểm tra biến SIGNING_KEY_PASSPHRASE).',
  },
  en: {
    'errors.criteriaSet.codeTaken': 'Criteria set code {code} already exists.',
    'errors.criteriaSet.notDraft': 'Criteria set {code} is "{status}": only drafts can be edited, deleted or published.',
    'errors.criteriaSet.notPublished': 'Criteria set {code} is not published (it is "{status}").',
    'errors.criteriaSet.inUse': 'Criteria set {code} is in use and cannot be deleted.',
    'errors.criteriaSet.unknown': 'There is no published criteria set {code}.',
    'errors.round.notOpen': 'The round is no longer open for scoring (status: {status}).',
    'errors.round.noRules': 'No national criteria set was in force on {date}.',
    'errors.round.levelProposesOnly': 'Under {rule} the {level} level only pre-assesses and proposes; it holds no scoring council.',
    'errors.round.centralUnit': 'National rounds use unit code {code}.',
    'errors.round.levelNotAllowed': 'Your account may not organise rounds at this level.',
    'errors.round.oneChair': 'The council needs exactly one chair (it has {count}).',
    'errors.round.duplicateMember': 'This member is already listed.',
    'errors.round.memberNotEligible': 'This user cannot sit on the unit\'s council (unknown, inactive, a producer or from another province).',
    'errors.round.duplicateProduct': 'This product is already in the round.',
    'errors.round.productUnknown': 'No such product in the round\'s jurisdiction.',
    'errors.round.dossierNotReady': 'This dossier is not ready to go into a round (status: {status}).',
    'errors.round.noCriteriaSet': 'No criteria set applies to product group {group} on {date}.',
    'errors.round.productBusy': 'Product "{product}" is already in the unapproved round "{round}".',
    'errors.round.productHasSheets': 'The product has score sheets and cannot be removed from the round.',
    'errors.round.memberHasSheets': 'The member has scored and cannot be removed from the council.',
    'errors.round.unknownDossierItem': 'The dossier checklist has no item {code}.',
    'errors.round.noPreAssessment': 'The {rule} procedure has no commune pre-assessment.',
    'errors.round.notPreAssessed': 'Criterion {criterion} is not one the commune pre-assesses.',
    'errors.round.notMember': 'You do not sit on this round\'s council.',
    'errors.round.notScoring': 'Members of the advisory team do not score.',
    'errors.round.conflictDeclared': 'You declared a conflict of interest with this product and do not score it.',
    'errors.round.dossierIncomplete': 'The product\'s dossier is incomplete: it cannot be scored.',
    'errors.round.sheetsPrivate': 'Members\' score sheets are only disclosed once the round is closed.',
    'errors.round.cannotClose': 'The round cannot close yet: unfinished sheets or unscored products: {details}.',
    'errors.round.chairOnly': 'Only the council chair (or the organising office) may do this.',
    'errors.round.alreadyApproved': 'The round\'s results are already approved (decision {decision}).',
    'errors.round.notClosed': 'The round is not closed (status: {status}).',
    'errors.round.organiserOnly': 'Only the office organising the round may approve its results.',
    'errors.round.decisionBeforeRound': 'The decision date cannot be before the round\'s date ({date}).',
    'errors.round.decisionInFuture': 'The decision date cannot be after today.',
    'errors.certificate.levelCannotRecognise': 'The {level} level may not recognise {stars}-star products under {rule}.',
    'errors.certificate.revokedBeforeIssue': 'The revocation date cannot be before the issue date ({date}).',
    'errors.certificate.revokedInFuture': 'The revocation date cannot be after today.',
    'errors.certificate.notRevocable': 'The certificate is "{status}" and cannot be revoked.',
    'errors.verify.keyLocked': 'The signing key cannot be opened (check SIGNING_KEY_PASSPHRASE).',
  },
} as const satisfies Record<'vi' | 'en', Record<string, string>>;

let registered = false;

/** Adds the criteria, ranking, certificate and evaluation messages to the server catalogue (once). */
export function registerEvaluationMessages(): void {
  if (registered) return;
  registered = true;
  for (const lang of ['vi', 'en'] as const) {
    addMessages(lang, { ...criteriaMessages[lang], ...rankingMessages[lang], ...certificateMessages[lang], ...evaluationMessages[lang] });
  }
}
