import type { PersonIdentityInput } from '../../../../common/contract/services/personFlows';
import type { FlowArg, FlowContext } from '../core/flowModule';
import { chinaCalendarDate, parseCalendarDate } from '../../../../common/domain/calendarDate';
import { checkValidityPeriod } from '../../../../common/domain/validityPeriod';
import type { PersonIdentity } from '../../../../common/identityApi/primitives';
import { invalidField, stepMissing } from '../core/flowErrors';
import { plainHolder } from '../core/identityChecks';
import { adultCard } from './enterpriseAccounts';

type Arg = FlowArg<'enterprise', 'checkAppealIdentity'>;

/** The people of an appeal as the identity API takes them. */
export interface AppealPeople {
  legalRepresentative: PersonIdentity;
  agent: PersonIdentity | null;
}

/**
 * The legal representative's details an agent typed from the photographed ID card: the same
 * rules as any identity (name, number, validity dates against the birth date). No card was read,
 * so nothing to compare with; the photographed pages go with the materials for staff to compare.
 */
function typedRepresentative(ctx: FlowContext<unknown>, identity: PersonIdentityInput): PersonIdentity {
  const holder = ctx.identity.checkHolder(identity, 'legalRepresentative');
  const validity = identity.validity;
  if (!validity) throw invalidField('VALIDITY_START_REQUIRED', 'legalRepresentative.validity');
  const start = parseCalendarDate(validity.start);
  const end = validity.end === 'long-term' ? 'long-term' : parseCalendarDate(validity.end);
  if (!start || !end) throw invalidField('VALIDITY_START_REQUIRED', 'legalRepresentative.validity');
  if (holder.birthDate) {
    const checked = checkValidityPeriod({ birthDate: holder.birthDate, start, end, today: chinaCalendarDate(ctx.clock()) });
    if (!checked.ok) throw invalidField(checked.code, 'legalRepresentative.validity');
  }
  return { ...plainHolder(holder), validity };
}

/**
 * Who files and for whom. The legal representative files with their card (and an agent's card
 * when one came along). An agent filing alone proves their own presence (card and a matched face
 * of this session) and types the legal representative's details.
 */
export function appealPeople(ctx: FlowContext<unknown>, arg: Arg): AppealPeople {
  if (arg.filer === 'legal_representative') {
    const rep = ctx.identity.checkIdentity(arg.legalRepresentative, 'legalRepresentative', adultCard);
    const agent = arg.agent ? ctx.identity.checkIdentity(arg.agent, 'agent', adultCard) : null;
    return { legalRepresentative: rep.api, agent: agent?.api ?? null };
  }
  if (!arg.agent) throw stepMissing("the agent's own card first", 'agent');
  const agent = ctx.identity.checkIdentity(arg.agent, 'agent', adultCard);
  ctx.proofs.requireFace(arg.agentFaceVerificationId ?? undefined, agent.holder.idNumber);
  const legalRepresentative =
    arg.legalRepresentative.source === 'card'
      ? ctx.identity.checkIdentity(arg.legalRepresentative, 'legalRepresentative', adultCard).api
      : typedRepresentative(ctx, arg.legalRepresentative);
  if (legalRepresentative.idNumber === agent.holder.idNumber) throw invalidField('AGENT_IS_LEGAL_REPRESENTATIVE', 'agent');
  return { legalRepresentative, agent: agent.api };
}

/** 法人账号: a registered enterprise's information is changed for the account it names. */
export function appealLegalAccount(arg: Arg): string | undefined {
  if (arg.type !== 'modify_information') return undefined;
  const account = arg.legalAccount?.trim() ?? '';
  if (account.length < 4) throw invalidField('ACCOUNT_NAME_REQUIRED', 'legalAccount');
  return account;
}
