import type { Report } from '../../contracts/reports';
import type { ReportFormat } from '../../domain/reports/catalogue';
import type { Lang } from '../../i18n/lang';

/** A report rendered as a file. */
export interface RenderedReport {
  body: Buffer;
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
}

/** Progress of a rendering, 0–1 (rows written): a background export records it. */
export type RenderProgress = (fraction: number) => void | Promise<void>;

export type ReportRenderer = (report: Report, lang: Lang, progress?: RenderProgress) => Promise<RenderedReport>;

/**
 * The file formats reports can be produced in: each format's renderer registers itself here
 * (xlsx and csv in ./xlsx.ts and ./csv.ts; Word and PDF beside them), and the service
 * dispatches on the `format` parameter. `GET /reports` lists the formats registered.
 */
const RENDERERS = new Map<Exclude<ReportFormat, 'json'>, ReportRenderer>();

export function registerReportFormat(format: Exclude<ReportFormat, 'json'>, renderer: ReportRenderer): void {
  RENDERERS.set(format, renderer);
}

export function rendererOf(format: Exclude<ReportFormat, 'json'>): ReportRenderer | undefined {
  return RENDERERS.get(format);
}

export function availableFormats(): ReportFormat[] {
  return ['json', ...RENDERERS.keys()];
}
