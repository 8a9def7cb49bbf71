/**
 * Hand-scored 1048/2019 sheets, one per product group: each answer with the points the
 * official sheet gives that option (comments), and the part totals added up from them.
 */
import type { Answers } from '../score-sheet';

export interface HandScored {
  sheet: string;
  name: string;
  answers: Answers;
  parts: { A: number; B: number; C: number };
  total: number;
}

export const HAND_SCORED: readonly HandScored[] = [
  {
    sheet: 's1.5.1',
    name: 'Chè tươi, chế biến',
    answers: {
      'A1.1': 'a', // 1 — Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%
      'A1.2': 'c', // 2 — Chế biến
      'A1.3': 'b', // 2 — Có năng lực, quy mô sản xuất trung bình
      'A1.4': 'a', // 0 — Không có liên kết hoặc có nhưng không rõ ràng
      'A1.5': 'a', // 1 — Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trư
      'A1.6': 'a', // 0 — Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (s
      'A2.1': 'b', // 1 — Phát triển dựa trên sản phẩm của nhà sản xuất khác, có cải t
      'A2.2': 'a', // 0 — Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ
      'A2.3': 'a', // 0 — Không thuận tiện, không đẹp
      'A3.1': 'a', // 1 — Hộ gia đình có đăng ký kinh doanh, tổ hợp tác (có giấy đăng
      'A3.2': 'b', // 2 — Có ≥ 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT,
      'A3.3': 'a', // 0 — Có sử dụng < 50% lao động là người địa phương
      'A3.4': 'b', // 1 — Tăng trưởng ≥ 10% về doanh thu so với năm trước liền kề
      'A3.5': 'a', // 0 — Không có kế toán hoặc chỉ thuê kế toán khi có yêu cầu, thời
      'B4.1': 'b', // 2 — Thị trường ngoài huyện, có dưới 5 đại diện/đại lý phân phối
      'B4.2': 'a', // 0 — Không có người chịu trách nhiệm quản lý phân phối
      'B4.3': 'b', // 1 — Có một số hoạt động quảng bá
      'B5.1': 'a', // 0 — Không có câu chuyện (hoặc có nhưng không được tư liệu hóa)
      'B5.2': 'b', // 1 — Tương đối giống câu chuyện sản phẩm ở nơi khác, có thay đổi
      'B5.3': 'a', // 1 — Đơn giản
      'C6.1.1': 'a', // 0 — Có các tạp chất, chấp nhận được
      'C6.1.2': 'a', // 0 — Không đồng đều, chấp nhận được
      'C6.1.3': 'a', // 0 — Màu không phù hợp
      'C6.2.1': 'a', // 0 — Hơi đục, màu nhạt, chấp nhận được
      'C6.2.2': 'a', // 0 — Có mùi lạ (chấp nhận được) hoặc không rõ mùi
      'C6.2.3': 'c', // 3 — Vị đậm, dịu, phù hợp
      'C7': 'b', // 1 — Tương đối độc đáo
      'C8.1': 'a', // 0 — Không có bản tự công bố (hoặc có nhưng không đúng)
      'C8.2': 'a', // 0 — Có, nhưng không đạt
      'C9': 'a', // 0 — Không có hoạt động kiểm soát chất lượng sản phẩm
      'C10': 'a', // 1 — Có thể xuất khẩu đến thị trường khu vực
    },
    parts: { A: 11, B: 5, C: 5 },
    total: 21,
  },
  {
    sheet: 's2.1.1',
    name: 'Rượu trắng',
    answers: {
      'A1.1': 'c', // 3 — Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%
      'A1.2': 'b', // 2 — Chế biến
      'A1.3': 'd', // 4 — Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường
      'A1.4': 'c', // 2 — Liên kết chuỗi chặt chẽ (phạm vi trong tỉnh), quy mô lớn hoặ
      'A1.5': 'a', // 1 — Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trư
      'A1.6': 'a', // 0 — Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (s
      'A2.1': 'd', // 3 — Phát triển ý tưởng của mình gắn với bảo tồn sản phẩm truyền
      'A2.2': 'a', // 0 — Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ
      'A2.3': 'a', // 0 — Không thuận tiện, không đẹp
      'A3.1': 'c', // 3 — HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ ph
      'A3.2': 'd', // 1 — Giám đốc/Chủ hộ là người trong tỉnh
      'A3.3': 'a', // 0 — Có sử dụng < 50% lao động là người địa phương
      'A3.4': 'b', // 1 — Tăng trưởng ≥ 10% về doanh thu so với năm trước liền kề
      'A3.5': 'b', // 1 — Có kế toán, công tác kế toán được thực hiện thường xuyên
      'B4.1': 'd', // 5 — Thị trường quốc tế
      'B4.2': 'a', // 0 — Không có người chịu trách nhiệm quản lý phân phối
      'B4.3': 'a', // 0 — Không có hoạt động quảng bá
      'B5.1': 'a', // 0 — Không có câu chuyện (hoặc có nhưng không được tư liệu hóa)
      'B5.2': 'd', // 3 — Có câu chuyện riêng, thể hiện trí tuệ/bản sắc địa phương
      'B5.3': 'a', // 1 — Đơn giản
      'C6.1': 'a', // 0 — Có tạp chất
      'C6.2': 'c', // 3 — Trong suốt, không màu
      'C6.3': 'a', // 0 — Khác thường hoặc không rõ mùi
      'C6.5': 'a', // 0 — Vị khác thường hoặc không rõ vị
      'C7': 'b', // 2 — Tương đối độc đáo
      'C8.1': 'c', // 2 — Có bản tiêu chuẩn sản phẩm
      'C8.2': 'a', // 0 — Có, nhưng không đạt
      'C9': 'c', // 2 — Có ghi hồ sơ lô sản xuất
      'C10': 'b', // 3 — Có thể xuất khẩu các thị trường ngoài khu vực
    },
    parts: { A: 21, B: 9, C: 12 },
    total: 42,
  },
  {
    sheet: 's3.2.1',
    name: 'Mỹ phẩm',
    answers: {
      'A1.1': 'c', // 3 — Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%
      'A1.2': 'b', // 2 — Chế biến
      'A1.3': 'c', // 3 — Có năng lực, quy mô sản xuất lớn
      'A1.4': 'c', // 2 — Liên kết chuỗi chặt chẽ (phạm vi trong tỉnh), quy mô lớn hoặ
      'A1.5': 'a', // 1 — Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trư
      'A1.6': 'a', // 0 — Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (s
      'A2.1': 'c', // 2 — Phát triển dựa trên ý tưởng của mình, sản phẩm chưa có trên
      'A2.2': 'a', // 0 — Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ
      'A2.3': 'a', // 0 — Không thuận tiện, không đẹp
      'A3.1': 'c', // 3 — HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ ph
      'A3.2': 'c', // 0 — Giám đốc/Chủ hộ không phải là người trong tỉnh
      'A3.3': 'a', // 0 — Có sử dụng < 50% lao động là người địa phương
      'A3.4': 'a', // 0 — Tăng trưởng < 10% về doanh thu so với năm trước liền kề
      'A3.5': 'b', // 1 — Có kế toán, công tác kế toán được thực hiện thường xuyên
      'B4.1': 'c', // 3 — Thị trường ngoài huyện, có ≥ 5 đại diện/đại lý phân phối
      'B4.2': 'a', // 0 — Không có người chịu trách nhiệm quản lý phân phối
      'B4.3': 'e', // 5 — Có nhiều hoạt động quảng bá, có website của cơ sở, có tham g
      'B5.1': 'a', // 0 — Không có câu chuyện (hoặc có nhưng không được tư liệu hóa)
      'B5.2': 'c', // 2 — Có câu chuyện riêng
      'B5.3': 'a', // 1 — Đơn giản
      'C6': 'c', // 3 — Có hồ sơ công bố tiêu chuẩn sản phẩm; tiêu chuẩn nguyên liệu
      'C7': 'c', // 3 — Đạt
      'C8': 'c', // 3 — Tiện lợi
      'C9.1': 'a', // 1 — Thấp, không rõ
      'C9.2': 'c', // 2 — Hầu như không có
      'C10': 'a', // 0 — Trung bình
      'C11': 'c', // 2 — Có, đạt nhưng không đủ
      'C12': 'c', // 2 — Có ghi hồ sơ lô sản xuất
      'C13': 'b', // 3 — Có thể xuất khẩu các thị trường ngoài khu vực
    },
    parts: { A: 17, B: 11, C: 19 },
    total: 47,
  },
  {
    sheet: 's4.2.1',
    name: 'Ngành vải, may mặc',
    answers: {
      'A1.1': 'b', // 2 — Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới
      'A1.2': 'c', // 3 — Chế biến sâu, tạo ra sản phẩm tinh xảo chất lượng cao hơn
      'A1.3': 'a', // 1 — Có năng lực, quy mô sản xuất mức độ nhỏ
      'A1.4': 'b', // 1 — Có liên kết, chặt chẽ (phạm vi trong tỉnh)
      'A1.5': 'a', // 1 — Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trư
      'A1.6': 'a', // 0 — Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (s
      'A2.1': 'a', // 0 — Phát triển dựa trên sản phẩm của nhà sản xuất khác, chỉ thay
      'A2.2': 'a', // 0 — Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ
      'A2.3': 'a', // 0 — Không thuận tiện, không đẹp
      'A3.1': 'b', // 2 — Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn
      'A3.2': 'a', // 1 — Có < 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT,
      'A3.3': 'a', // 0 — Có sử dụng < 50% lao động là người địa phương
      'A3.4': 'a', // 0 — Tăng trưởng < 10% về doanh thu so với năm trước liền kề
      'A3.5': 'c', // 2 — Có Tổ chức hệ thống kế toán
      'B4.1': 'a', // 1 — Thị trường trong huyện
      'B4.2': 'a', // 0 — Không có người chịu trách nhiệm quản lý phân phối
      'B4.3': 'd', // 3 — Có nhiều hoạt động quảng bá, có website của cơ sở, có tham g
      'B5.1': 'a', // 0 — Không có câu chuyện (hoặc có nhưng không được tư liệu hóa)
      'B5.2': 'a', // 0 — Giống với câu chuyện sản phẩm ở nơi khác
      'B5.3': 'a', // 1 — Đơn giản
      'C6.1': 'a', // 0 — Không khéo léo/nhã nhặn, có các lỗi vệ sinh/ kỹ thuật sản ph
      'C6.2': 'a', // 0 — Phong cách thiết kế phổ biến
      'C6.3': 'a', // 0 — Các thuộc tính và các yếu tố có vẻ không phù hợp
      'C6.4': 'a', // 0 — Sản phẩm không có các tính năng cơ bản
      'C6.5': 'a', // 0 — Nguyên liệu/thành phần kém chất lượng, làm cho sản phẩm độc
      'C6.6': 'a', // 0 — Người tiêu dùng không biết làm thế nào để sử dụng nó / khó s
      'C6.7': 'a', // 0 — Trung bình
      'C6.8': 'b', // 1 — Trung bình, phù hợp với đặc điểm sản phẩm
      'C7': 'c', // 5 — Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, N
    },
    parts: { A: 13, B: 5, C: 6 },
    total: 24,
  },
  {
    sheet: 's4.1.2',
    name: 'Thủ công mỹ nghệ, trang trí',
    answers: {
      'A1.1': 'a', // 1 — Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%
      'A1.2': 'a', // 1 — Phân loại
      'A1.3': 'c', // 3 — Có năng lực, quy mô sản xuất lớn
      'A1.4': 'a', // 0 — Không có liên kết hoặc có nhưng không rõ ràng
      'A1.5': 'a', // 1 — Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trư
      'A1.6': 'a', // 0 — Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (s
      'A2.1': 'c', // 2 — Phát triển dựa trên ý tưởng của mình, sản phẩm chưa có trên
      'A2.2': 'a', // 0 — Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ
      'A2.3': 'a', // 0 — Không thuận tiện, không đẹp
      'A3.1': 'a', // 1 — Hộ gia đình có đăng ký kinh doanh, tổ hợp tác (có giấy đăng
      'A3.2': 'c', // 0 — Giám đốc/Chủ hộ không phải là người trong tỉnh
      'A3.3': 'a', // 0 — Có sử dụng < 50% lao động là người địa phương
      'A3.4': 'a', // 0 — Tăng trưởng < 10% về doanh thu so với năm trước liền kề
      'A3.5': 'a', // 0 — Không có kế toán hoặc chỉ thuê kế toán khi có yêu cầu, thời
      'B4.1': 'c', // 3 — Thị trường ngoài huyện, có ≥ 5 đại diện/đại lý phân phối
      'B4.2': 'a', // 0 — Không có người chịu trách nhiệm quản lý phân phối
      'B4.3': 'c', // 2 — Có nhiều hoạt động quảng bá, có website của cơ sở, có tham g
      'B5.1': 'a', // 0 — Không có câu chuyện (hoặc có nhưng không được tư liệu hóa)
      'B5.2': 'c', // 2 — Có câu chuyện riêng
      'B5.3': 'a', // 1 — Đơn giản
      'C6.1': 'c', // 3 — Khéo léo/nhã nhặn, có thể bán được, có giá trị mỹ thuật, kỹ
      'C6.2': 'a', // 1 — Phong cách thiết kế phổ biến
      'C6.3': 'c', // 5 — Các thuộc tính và các yếu tố đã tương thích ở mức tốt
      'C6.4': 'a', // 0 — Sản phẩm không có các tính năng cơ bản
      'C6.5': 'a', // 0 — Nguyên liệu/thành phần kém chất lượng, làm cho sản phẩm độc
      'C6.6': 'a', // 0 — Người tiêu dùng không biết làm thế nào để sử dụng nó / khó s
      'C7': 'a', // 0 — Không có hồ sơ công bố
      'C8': 'a', // 1 — Có thể xuất khẩu đến thị trường khu vực
    },
    parts: { A: 9, B: 8, C: 10 },
    total: 27,
  },
  {
    sheet: 's6.1.1',
    name: 'Dịch vụ du lịch cộng đồng và điểm du lịch',
    answers: {
      'A1.1': 'b', // 3 — Có Bộ phận điều phối quản lý và điều hành dịch vụ, có kế hoạ
      'A1.2': 'c', // 6 — Có cơ chế/quy định quản lý hoạt động dịch vụ được phân nhiệm
      'A1.3': 'd', // 4 — Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ m
      'A1.4': 'a', // 1 — Có giải pháp tiết kiệm năng lượng (bằng hoạt động cụ thể)
      'A2.1': 'c', // 5 — Có tính độc đáo, khác biệt và có gắn kết các giá trị văn hóa
      'A2.2': 'a', // 1 — Có kế hoạch phát triển thị trường mục tiêu
      'A3.1': 'b', // 2 — Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn
      'A3.2': 'a', // 1 — Có < 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT,
      'A3.3': 'b', // 3 — Có sử dụng ≥ 50% lao động là người địa phương
      'A3.4': 'a', // 1 — Có tăng trưởng về doanh thu so với năm trước liền kề
      'A3.5': 'b', // 2 — Có kế toán, công tác kế toán được thực hiện thường xuyên
      'B4.1': 'a', // 1 — Có đại diện/đại lý quảng bá sản phẩm
      'B4.2': 'b', // 2 — Có liên kết với các điểm dịch vụ du lịch khác trong và ngoài
      'B4.3': 'a', // 1 — Có người chịu trách nhiệm quản lý quảng bá, bán hàng
      'B4.4': 'd', // 4 — Có nhiều hoạt động quảng bá quốc tế, có trang thông tin điện
      'B4.5': 'b', // 2 — Có phim ngắn (video clip), tranh ảnh áp-phích (poster), tờ r
      'B5.1': 'c', // 4 — Có cẩm nang/câu chuyện liên quan đến sản phẩm dịch vụ du lịc
      'B5.2': 'a', // 1 — Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm c
      'B5.3': 'b', // 2 — Cộng đồng du lịch/Điểm du lịch trên địa bàn xà hoặc thôn, bả
      'C6': 'c', // 3 — Thuận lợi, dễ tiếp cận, liền kề và có tính liên kết với khu
      'C7': 'a', // 1 — Cảnh quan môi trường sạch đẹp
      'C8': 'b', // 2 — Có chương trình/kế hoạch chung của cộng đồng, có hoạt động b
      'C9': 'f', // 3 — Có chứng nhận đủ điều kiện, đạt chuẩn về kinh doanh dịch vụ
      'C10': 'a', // 1 — An ninh trật tự tốt và có ít nhất 75% số cơ sở kinh doanh dị
      'C11': 'b', // 2 — Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống v
      'C12': 'a', // 1 — Có hoạt động trải nghiệm
      'C13': 'a', // 1 — Có dưới 50% lao động tham gia quản lý và nhân viên đã được đ
      'C14': 'a', // 1 — Sản phẩm dịch vụ du lịch phong phú, hấp dẫn
      'C15': 'c', // 4 — Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khá
      'C16': 'c', // 1 — Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đ
      'C17': 'b', // 2 — Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tạ
      'C18': 'a', // 1 — Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lư
    },
    parts: { A: 29, B: 17, C: 23 },
    total: 69,
  },
];
