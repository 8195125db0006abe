import { operations, type OperationId } from '../common/identityApi/operations';
import type { Handler, OperationHandlers } from './context';
import { accountHandlers } from './handlers/accountLookup';
import { agentHandlers } from './handlers/agents';
import { appealHandlers } from './handlers/appeals';
import { credentialHandlers } from './handlers/credentials';
import { faceHandlers } from './handlers/face';
import { kioskHandlers } from './handlers/kiosk';
import { qrSignInHandlers } from './handlers/qrSessions';
import { registrationHandlers } from './handlers/registration';
import { relativeHandlers } from './handlers/relatives';
import { smsHandlers } from './handlers/sms';

/** Every operation's handler; an operation of the table without one here fails type checking. */
export const handlers = {
  ...kioskHandlers,
  ...smsHandlers,
  ...accountHandlers,
  ...relativeHandlers,
  ...faceHandlers,
  ...registrationHandlers,
  ...credentialHandlers,
  ...agentHandlers,
  ...appealHandlers,
  ...qrSignInHandlers,
} satisfies OperationHandlers;

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
    // The server parses the body with this operation's request schema before calling its handler.
    return { id: route.id, handler: handlers[route.id] as Handler<unknown>, params };
  }
  return pathFound ? 'method' : undefined;
}
