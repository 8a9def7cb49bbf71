/** English: programme reports, the document register and yearly targets (SPEC C5). */
export const reports = {
  'errors.report.unknown': 'There is no such report.',
  'errors.report.unit': 'Unknown or invalid unit (VN, a province or commune code, a legacy district, or legacy:code).',
  'errors.report.year': 'Years run from 2000 to next year.',
  'errors.report.range': 'The first year cannot come after the last one.',
  'errors.report.format': 'The format must be json, xlsx, csv, docx or pdf.',
  'errors.report.formatUnavailable': 'This format is not available for reports yet.',
  'errors.report.product': 'There is no such product.',
  'errors.report.entity': 'There is no such entity.',
  'errors.report.productRequired': 'Choose a product or an entity.',
  'errors.document.unit': 'Unknown or invalid issuing unit.',
  'errors.document.duplicate': 'Document no. {{number}} of {{date}} by this unit is already registered.',
  'errors.target.unit': 'Invalid unit (VN, a current province or commune code).',
  'errors.target.duplicate': "This unit's targets for {{year}} already exist; edit that record.",
};
