import { AppError, ValidationError, type FieldProblem } from '../errors';

/**
 * Typed errors of the ranking rules. Input problems are ValidationErrors (400 with one
 * entry per offending field, e.g. path "answers.A1.1"); the server maps them once.
 */

/** A score sheet names a criterion or option the criteria set does not have. */
export class SheetAnswerError extends ValidationError {
  constructor(problems: FieldProblem[]) {
    super(problems);
    this.name = 'SheetAnswerError';
  }
}

/** A round cannot be closed: no sheets, an incomplete sheet, two sheets from one member… */
export class RoundResultError extends ValidationError {
  constructor(problems: FieldProblem[]) {
    super(problems);
    this.name = 'RoundResultError';
  }
}

/** Points given to feedback are unknown, missing or outside a criterion's range. */
export class FeedbackInputError extends ValidationError {
  constructor(problems: FieldProblem[]) {
    super(problems);
    this.name = 'FeedbackInputError';
  }
}

/** A rule version or authority level the recognition procedure does not know. */
export class RecognitionRuleError extends AppError {
  constructor(code: 'errors.recognition.unknownRule' | 'errors.recognition.levelNotInProcedure', params: Record<string, string | number>) {
    super(400, code, params);
    this.name = 'RecognitionRuleError';
  }
}
