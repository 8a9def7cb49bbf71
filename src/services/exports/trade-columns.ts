import type { Fair, GiftCombo, Listing, SalesPoint, TradeContract, TradeProduct } from '../../contracts/trade';
import type { TradeKind } from '../../domain/policy';
import type { Lang } from '../../i18n/lang';
import { MESSAGES, translateFrom } from '../../i18n';

const translate = (lang: Lang, key: string) => translateFrom(MESSAGES[lang], key, {});
import type { XlsxColumn } from './xlsx';

/** The Excel export of each trade-promotion list: its sheet title and columns, in the reader's language. */

const TITLES: Record<TradeKind, string> = {
  fair: 'trade.fairs.title',
  salesPoint: 'trade.salesPoints.title',
  tradeContract: 'trade.contracts.title',
  listing: 'trade.listings.title',
  giftCombo: 'trade.giftCombos.title',
};

export function tradeExportTitle(kind: TradeKind, lang: Lang): string {
  return translate(lang, TITLES[kind]);
}

const productNames = (products: TradeProduct[]) => products.map((p) => p.name).join('; ');
const money = '#,##0';

export function tradeExportColumns(kind: TradeKind, lang: Lang): XlsxColumn<never>[] {
  const t = (key: string) => translate(lang, key);
  const place = <T extends { unitName: string | null; provinceName: string | null }>(): XlsxColumn<T>[] => [
    { header: t('trade.unit'), width: 24, value: (r) => r.unitName },
    { header: t('trade.buyers.province'), width: 18, value: (r) => r.provinceName },
  ];
  switch (kind) {
    case 'fair':
      return [
        { header: t('trade.field.name'), width: 45, value: (r: Fair) => r.name },
        { header: t('trade.field.organiser'), width: 30, value: (r: Fair) => r.organiser },
        { header: t('trade.field.level'), width: 14, value: (r: Fair) => t(`trade.level.${r.level}`) },
        { header: t('trade.field.startsOn'), width: 12, value: (r: Fair) => r.startsOn },
        { header: t('trade.field.endsOn'), width: 12, value: (r: Fair) => r.endsOn },
        { header: t('trade.field.place'), width: 30, value: (r: Fair) => r.place },
        { header: t('trade.field.booths'), width: 10, numFmt: money, value: (r: Fair) => r.booths },
        { header: t('trade.field.visitors'), width: 12, numFmt: money, value: (r: Fair) => r.visitors },
        { header: t('trade.field.salesVnd'), width: 18, numFmt: money, value: (r: Fair) => r.salesVnd },
        { header: t('trade.entities'), width: 40, value: (r: Fair) => r.entities.map((e) => e.name).join('; ') },
        { header: t('trade.product'), width: 50, value: (r: Fair) => productNames(r.products) },
        ...place<Fair>(),
      ] as XlsxColumn<never>[];
    case 'salesPoint':
      return [
        { header: t('trade.field.name'), width: 40, value: (r: SalesPoint) => r.name },
        { header: t('trade.field.kind'), width: 14, value: (r: SalesPoint) => t(`trade.salesPointKind.${r.kind}`) },
        { header: t('trade.field.funding'), width: 16, value: (r: SalesPoint) => t(`trade.funding.${r.funding}`) },
        { header: t('trade.field.address'), width: 40, value: (r: SalesPoint) => r.address },
        { header: t('trade.field.latitude'), width: 10, value: (r: SalesPoint) => r.latitude },
        { header: t('trade.field.longitude'), width: 10, value: (r: SalesPoint) => r.longitude },
        { header: t('trade.field.openedOn'), width: 12, value: (r: SalesPoint) => r.openedOn },
        { header: t('trade.status'), width: 14, value: (r: SalesPoint) => t(`trade.salesPointStatus.${r.status}`) },
        { header: t('trade.product'), width: 50, value: (r: SalesPoint) => productNames(r.products) },
        ...place<SalesPoint>(),
      ] as XlsxColumn<never>[];
    case 'tradeContract':
      return [
        { header: t('trade.field.title'), width: 45, value: (r: TradeContract) => r.title },
        { header: t('trade.field.kind'), width: 20, value: (r: TradeContract) => t(`trade.contractKind.${r.kind}`) },
        { header: t('trade.field.parties'), width: 45, value: (r: TradeContract) => r.parties.join('; ') },
        { header: t('trade.field.valueVnd'), width: 18, numFmt: money, value: (r: TradeContract) => r.valueVnd },
        { header: t('trade.field.signedOn'), width: 12, value: (r: TradeContract) => r.signedOn },
        { header: t('trade.field.endsOn'), width: 12, value: (r: TradeContract) => r.endsOn },
        { header: t('trade.status'), width: 14, value: (r: TradeContract) => t(`trade.contractStatus.${r.status}`) },
        { header: t('trade.product'), width: 50, value: (r: TradeContract) => productNames(r.products) },
        ...place<TradeContract>(),
      ] as XlsxColumn<never>[];
    case 'listing':
      return [
        { header: t('trade.product'), width: 40, value: (r: Listing) => r.product?.name },
        { header: t('trade.field.platform'), width: 14, value: (r: Listing) => t(`trade.platform.${r.platform}`) },
        { header: t('trade.field.url'), width: 50, value: (r: Listing) => r.url },
        { header: t('trade.field.priceVnd'), width: 14, numFmt: money, value: (r: Listing) => r.priceVnd },
        { header: t('trade.status'), width: 12, value: (r: Listing) => t(`trade.listingStatus.${r.status}`) },
        ...place<Listing>(),
      ] as XlsxColumn<never>[];
    case 'giftCombo':
      return [
        { header: t('trade.field.name'), width: 40, value: (r: GiftCombo) => r.name },
        { header: t('trade.field.occasion'), width: 16, value: (r: GiftCombo) => t(`trade.occasion.${r.occasion}`) },
        { header: t('trade.field.priceVnd'), width: 14, numFmt: money, value: (r: GiftCombo) => r.priceVnd },
        { header: t('trade.product'), width: 60, value: (r: GiftCombo) => productNames(r.products) },
        ...place<GiftCombo>(),
      ] as XlsxColumn<never>[];
  }
}
