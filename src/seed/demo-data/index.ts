/**
 * Demo data built from the Vietnamese source documents: Cẩm Phả (Quảng Ninh) 2016–2019,
 * Quảng Ngãi 2022 and Nghệ An 2019–2020. Pure constants; the seeder turns them into records.
 */
import type { DemoEntity, DemoFigure, DemoProduct } from './types';
import { quangNinhEntities, quangNinhFigures, quangNinhHistoryRounds, quangNinhProducts } from './quang-ninh';
import { quangNgaiEntities, quangNgaiFigures, quangNgaiProducts } from './quang-ngai';
import { ngheAnEntities, ngheAnFigures, ngheAnProducts } from './nghe-an';

export type { DemoEntity, DemoFigure, DemoHistoryRound, DemoProduct, EntityType, StarRecord, UnitRef } from './types';
export { quangNinhEntities, quangNinhFigures, quangNinhHistoryRounds, quangNinhProducts, QN_ROUND_2019 } from './quang-ninh';
export { quangNgaiEntities, quangNgaiFigures, quangNgaiProducts } from './quang-ngai';
export { ngheAnEntities, ngheAnFigures, ngheAnProducts } from './nghe-an';

export const allDemoEntities: DemoEntity[] = [...quangNinhEntities, ...quangNgaiEntities, ...ngheAnEntities];
export const allDemoProducts: DemoProduct[] = [...quangNinhProducts, ...quangNgaiProducts, ...ngheAnProducts];
/** The past rounds whose approval recognised some of the star records above (`StarRecord.round`). */
export const allDemoHistoryRounds = [...quangNinhHistoryRounds];
export const allDemoFigures: DemoFigure[] = [...quangNinhFigures, ...quangNgaiFigures, ...ngheAnFigures];
