import { operations, type OperationId } from '../common/identityApi/operations';
import type { Handler } from './context';
import { checkRealName, getAgreementStatus, lookupAccount, signAgreement, upgradeRealName } from './handlers/accountLookup';
import { addAgent, approveAgent, listAgents, lookupEnterprise } from './handlers/agents';
import { appendUpload, createAppeal, createUpload, getUploadOffset, submitAppeal } from './handlers/appeals';
import { changePhone, resetPassword } from './handlers/credentials';
import { verifyFace } from './handlers/face';
import { getServerKey, sendHeartbeat } from './handlers/kiosk';
import { confirmQrSession, createQrSession, getQrSession } from './handlers/qrSessions';
import { activateEnterprise, registerEnterprise, registerPerson } from './handlers/registration';
import { createSmsChallenge, verifySmsChallenge } from './handlers/sms';

// Each handler is typed by its own request schema; the router parses the body with that schema first.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const handlers: Record<OperationId, Handler<any>> = {
  getServerKey,
  createSmsChallenge,
  verifySmsChallenge,
  checkRealName,
  lookupAccount,
  verifyFace,
  registerPerson,
  registerEnterprise,
  activateEnterprise,
  resetPassword,
  changePhone,
  getAgreementStatus,
  signAgreement,
  upgradeRealName,
  lookupEnterprise,
  listAgents,
  addAgent,
  approveAgent,
  createAppeal,
  createUpload,
  getUploadOffset,
  appendUpload,
  submitAppeal,
  createQrSession,
  getQrSession,
  confirmQrSession,
  sendHeartbeat,
};

interface Route {
  id: OperationId;
  method: string;
  pattern: RegExp;
  names: string[];
}

const routes: Route[] = (Object.keys(operations) as OperationId[]).map((id) => {
  const op = operations[id];
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp('^' + op.path.replace(/\{\w+\}/g, '([^/]+)') + '$');
  return { id, method: op.method, pattern, names };
});

export interface RouteMatch {
  id: OperationId;
  handler: Handler<unknown>;
  params: Record<string, string>;
}

/** undefined: no such path; 'method': the path exists with other methods. */
export function matchRoute(method: string, pathname: string): RouteMatch | 'method' | undefined {
  let pathFound = false;
  for (const route of routes) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    pathFound = true;
    if (route.method !== method) continue;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]));
    return { id: route.id, handler: handlers[route.id], params };
  }
  return pathFound ? 'method' : undefined;
}
