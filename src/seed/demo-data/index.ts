/**
 * Demo data built from the Vietnamese source documents: Cẩm Phả (Quảng Ninh) 2016–2019,
 * Quảng Ngãi 2022 and Nghệ An 2019–2020. Pure constants; the seeder turns them into records.
 */
import type { DemoEntity, DemoFigure, DemoProduct } from './types';
import { quangNinhEntities, quangNinhFigures, quangNinhProducts } from './quang-ninh';
import { quangNgaiEntities, quangNgaiFigures, quangNgaiProducts } from './quang-ngai';
import { ngheAnEntities, ngheAnFigures, ngheAnProducts } from './nghe-an';

export type { DemoEntity, DemoFigure, DemoProduct, EntityType, StarRecord, UnitRef } from './types';
export { quangNinhEntities, quangNinhFigures, quangNinhProducts } from './quang-ninh';
export { quangNgaiEntities, quangNgaiFigures, quangNgaiProducts } from './quang-ngai';
export { ngheAnEntities, ngheAnFigures, ngheAnProducts } from './nghe-an';

export const allDemoEntities: DemoEntity[] = [...quangNinhEntities, ...quangNgaiEntities, ...ngheAnEntities];
export const allDemoProducts: DemoProduct[] = [...quangNinhProducts, ...quangNgaiProducts, ...ngheAnProducts];
export const allDemoFigures: DemoFigure[] = [...quangNinhFigures, ...quangNgaiFigures, ...ngheAnFigures];
