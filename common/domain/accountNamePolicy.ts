import type { PolicyEvaluation, RuleCheck } from './passwordPolicy';

/**
 * How a province names accounts: a chosen account name (Jilin: 6-20 characters, starting with a
 * letter) or none, when people sign in with their ID number or phone (Tibet).
 */
export type AccountNamePolicy = { kind: 'chosen'; minLength: number; maxLength: number; startsWithLetter: boolean } | { kind: 'none' };

export type AccountNameRule = 'length' | 'starts_with_letter' | 'allowed_characters';

export const accountNameRuleCodes = {
  length: 'ACCOUNT_NAME_LENGTH',
  starts_with_letter: 'ACCOUNT_NAME_START',
  allowed_characters: 'ACCOUNT_NAME_CHARACTERS',
} as const satisfies Record<AccountNameRule, string>;

/** Evaluates a chosen account name; a profile without account names has no rules to show. */
export function evaluateAccountName(name: string, policy: AccountNamePolicy): PolicyEvaluation<AccountNameRule> {
  if (policy.kind === 'none') return { ok: true, rules: [] };
  const rules: RuleCheck<AccountNameRule>[] = [{ rule: 'length', passed: name.length >= policy.minLength && name.length <= policy.maxLength }];
  if (policy.startsWithLetter) rules.push({ rule: 'starts_with_letter', passed: /^[A-Za-z]/.test(name) });
  rules.push({ rule: 'allowed_characters', passed: /^[A-Za-z0-9_]*$/.test(name) });
  return { ok: rules.every((r) => r.passed), rules };
}

export function accountNameErrorCode(evaluation: PolicyEvaluation<AccountNameRule>): string | undefined {
  const failed = evaluation.rules.find((r) => !r.passed);
  return failed && accountNameRuleCodes[failed.rule];
}
