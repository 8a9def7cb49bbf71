import { describe, expect, it } from 'vitest';
import { producerNameKey, productSearchText } from './search-text';

describe('product search text', () => {
  it('keeps the distinctive part of the producer name', () => {
    expect(producerNameKey('Công ty TNHH một thành viên Nước khoáng Công đoàn Quang Hanh')).toBe('nuoc khoang cong doan quang hanh');
    expect(producerNameKey('Hợp tác xã Nông nghiệp Hoành Bồ')).toBe('nong nghiep hoanh bo');
    expect(producerNameKey('Hộ kinh doanh Hàng Văn Quý')).toBe('hang van quy');
    expect(producerNameKey('Công ty cổ phần Xây dựng và Sản xuất Bia - Rượu - Nước giải khát')).toBe('xay dung va san xuat bia ruou nuoc giai khat');
  });

  it('only removes whole words', () => {
    // "tnhh" inside a longer word, or "cong ty" as part of a place name, are not legal forms
    expect(producerNameKey('Cơ sở Mật ong Congty')).toBe('co so mat ong congty');
  });

  it('puts the product name first', () => {
    expect(productSearchText('Rượu ba kích đặc sản Quảng Ninh', 'Công ty CP Bia Rượu Quảng Ninh')).toBe('ruou ba kich dac san quang ninh | bia ruou quang ninh');
  });
});
