import { composeCatalogue } from './catalogue';
import { app } from './vi/app';
import { cycle } from './vi/cycle';
import { cycleErrors } from './vi/cycle-errors';
import { errors } from './vi/errors';
import { evaluation } from './vi/evaluation';
import { evaluationErrors } from './vi/evaluation-errors';
import { securityErrors } from './vi/security-errors';
import { reports } from './vi/reports';
import { reportsUi } from './vi/reports-ui';
import { trade } from './vi/trade';
import { tradeUi } from './vi/trade-ui';
import { portal } from './vi/portal';
import { rules } from './vi/rules';
import { rulesEditor } from './vi/rules-editor';
import { stamps } from './vi/stamps';
import { evidence } from './vi/evidence';
import { imports, importScreens } from './vi/imports';
import { backupsUi } from './vi/backups-ui';
import { inspections } from './vi/inspections';

/** The Vietnamese catalogue: every text of the server and the web client. */
export const viCatalogue = composeCatalogue({ app, evaluation, cycle, errors, evaluationErrors, cycleErrors, securityErrors, reports, reportsUi, trade, tradeUi, portal, rules, rulesEditor, stamps, imports, importScreens, evidence, backupsUi, inspections });
export const vi = viCatalogue.messages;
