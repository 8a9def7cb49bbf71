import { renderReportDocx } from '../documents/report-docx';
import { renderReportPdf } from '../documents/report-pdf';
import { reportToAdminDocument } from '../documents/report-document';
import { today } from '../clock';
import { registerReportFormat } from './formats';

/**
 * Word and PDF: a report as a document in the Vietnamese administrative layout (Decree
 * 30/2020), dated today by the platform's clock (services/documents/*).
 */
registerReportFormat('docx', async (report) => ({
  body: await renderReportDocx(reportToAdminDocument(report, today())),
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
}));

registerReportFormat('pdf', async (report) => ({
  body: await renderReportPdf(reportToAdminDocument(report, today())),
  contentType: 'application/pdf',
  extension: 'pdf',
}));
