import type { EnterpriseInfo, legalEntityTypes } from '../../../../common/contract/services/enterpriseFlows';
import { parseUscc } from '../../../../common/domain/uscc';

export type LegalEntityType = (typeof legalEntityTypes)[number];

/** The legal entity as typed at the kiosk, with where its name came from. */
export interface EnterpriseDraft {
  legalEntityType: LegalEntityType;
  uscc: string;
  enterpriseName: string;
  /** The name was offered by the business registry and is locked. */
  nameFromRegistry: boolean;
  inRegistry: boolean;
}

export function blankEnterprise(): EnterpriseDraft {
  return { legalEntityType: 'company', uscc: '', enterpriseName: '', nameFromRegistry: false, inRegistry: false };
}

/** A valid USCC and a name of at least two characters. */
export function enterpriseComplete(draft: EnterpriseDraft): boolean {
  return parseUscc(draft.uscc).ok && draft.enterpriseName.trim().length >= 2;
}

/** What main takes of the draft. */
export function enterpriseInfoOf(draft: EnterpriseDraft): EnterpriseInfo {
  return { legalEntityType: draft.legalEntityType, enterpriseName: draft.enterpriseName.trim(), uscc: draft.uscc };
}
