import { composeCatalogue } from './catalogue';
import { app } from './en/app';
import { cycle } from './en/cycle';
import { cycleErrors } from './en/cycle-errors';
import { errors } from './en/errors';
import { evaluation } from './en/evaluation';
import { evaluationErrors } from './en/evaluation-errors';
import { securityErrors } from './en/security-errors';
import { reports } from './en/reports';
import { reportsUi } from './en/reports-ui';
import { trade } from './en/trade';
import { tradeUi } from './en/trade-ui';
import { portal } from './en/portal';
import { rules } from './en/rules';
import { rulesEditor } from './en/rules-editor';
import { stamps } from './en/stamps';
import { evidence } from './en/evidence';
import { imports, importScreens } from './en/imports';
import { backupsUi } from './en/backups-ui';
import { inspections } from './en/inspections';

/** The English catalogue: every text of the server and the web client. */
export const enCatalogue = composeCatalogue({ app, evaluation, cycle, errors, evaluationErrors, cycleErrors, securityErrors, reports, reportsUi, trade, tradeUi, portal, rules, rulesEditor, stamps, imports, importScreens, evidence, backupsUi, inspections });
export const en = enCatalogue.messages;
