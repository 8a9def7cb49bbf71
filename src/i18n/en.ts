import { composeCatalogue } from './catalogue';
import { app } from './en/app';
import { cycle } from './en/cycle';
import { cycleErrors } from './en/cycle-errors';
import { errors } from './en/errors';
import { evaluation } from './en/evaluation';
import { evaluationErrors } from './en/evaluation-errors';
import { securityErrors } from './en/security-errors';
import { imports, importScreens } from './en/imports';

/** The English catalogue: every text of the server and the web client. */
export const enCatalogue = composeCatalogue({ app, evaluation, cycle, errors, evaluationErrors, cycleErrors, securityErrors, imports, importScreens });
export const en = enCatalogue.messages;
