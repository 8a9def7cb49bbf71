import { composeCatalogue } from './catalogue';
import { app } from './vi/app';
import { cycle } from './vi/cycle';
import { cycleErrors } from './vi/cycle-errors';
import { errors } from './vi/errors';
import { evaluation } from './vi/evaluation';
import { evaluationErrors } from './vi/evaluation-errors';
import { securityErrors } from './vi/security-errors';
import { imports, importScreens } from './vi/imports';

/** The Vietnamese catalogue: every text of the server and the web client. */
export const viCatalogue = composeCatalogue({ app, evaluation, cycle, errors, evaluationErrors, cycleErrors, securityErrors, imports, importScreens });
export const vi = viCatalogue.messages;
