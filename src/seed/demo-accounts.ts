import type { Role } from '../domain/users/roles';

/** The demo accounts of SPEC §9; they exist only in demo data. */
export const DEMO_PASSWORD = 'ocop2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unit: { structure: 'current' | 'legacy'; code: string };
  /** Demo entity key for producer accounts. */
  entityKey?: string;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: { structure: 'current', code: 'VN' }, description: 'System administrator' },
  { username: 'central', displayName: 'VPĐP NTM Trung ương', role: 'central', unit: { structure: 'current', code: 'VN' }, description: 'Central OCOP office' },
  { username: 'province.qn', displayName: 'Văn phòng OCOP tỉnh Quảng Ninh', role: 'province', unit: { structure: 'current', code: '22' }, description: 'Quảng Ninh provincial OCOP office' },
  { username: 'province.qng', displayName: 'Văn phòng OCOP tỉnh Quảng Ngãi', role: 'province', unit: { structure: 'current', code: '51' }, description: 'Quảng Ngãi provincial OCOP office' },
  { username: 'commune.qn', displayName: 'Cán bộ OCOP phường Quang Hanh', role: 'commune', unit: { structure: 'current', code: '06778' }, description: 'Officer of Quang Hanh ward (Quảng Ninh)' },
  { username: 'council.qn', displayName: 'Thành viên Hội đồng OCOP tỉnh Quảng Ninh', role: 'council', unit: { structure: 'current', code: '22' }, description: 'Member of Quảng Ninh\'s evaluation council' },
  { username: 'producer.qn', displayName: 'Đại diện Công ty CP Bia - Rượu - NGK Quảng Ninh', role: 'producer', unit: { structure: 'current', code: '06778' }, entityKey: 'qn-bia-ruou-nuoc-giai-khat', description: 'Representative of a Quảng Ninh demo entity' },
  { username: 'trade.qn', displayName: 'Cán bộ xúc tiến thương mại Sở Công Thương Quảng Ninh', role: 'trade', unit: { structure: 'current', code: '22' }, description: 'Quảng Ninh trade-promotion officer' },
  { username: 'buyer.qn', displayName: 'Siêu thị Hạ Long Xanh (demo)', role: 'buyer', unit: { structure: 'current', code: '22' }, description: 'A buyer (supermarket) approved by the Quảng Ninh office' },
  { username: 'district.campha', displayName: 'Cán bộ OCOP thành phố Cẩm Phả (trước 01/07/2025)', role: 'district', unit: { structure: 'legacy', code: '195' }, description: 'Legacy Cẩm Phả city officer (history only)' },
];
