import { comboSpec, contractSpec, fairSpec, listingSpec, salesPointSpec } from './kinds';
import { tradeService } from './records.service';

/** The services of the five kinds of trade-promotion record. */
export const fairService = tradeService(fairSpec);
export const salesPointService = tradeService(salesPointSpec);
export const contractService = tradeService(contractSpec);
export const listingService = tradeService(listingSpec);
export const comboService = tradeService(comboSpec);
export type { TradeListParams } from './records.service';
