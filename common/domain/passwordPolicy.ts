export type CharacterKind = 'digit' | 'letter' | 'symbol';

/** Password rule of a province profile, e.g. Jilin: 8-16 characters of at least 2 kinds. */
export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  /** How many of digits / letters / symbols must appear. */
  minKinds: number;
}

export type PasswordRule = 'length' | 'kinds' | 'allowed_characters';

export interface RuleCheck<R extends string> {
  rule: R;
  passed: boolean;
}

export interface PolicyEvaluation<R extends string> {
  ok: boolean;
  /** Every rule with its state, in display order, so the UI can tick them off while typing. */
  rules: RuleCheck<R>[];
}

export const passwordRuleCodes = {
  length: 'PASSWORD_LENGTH',
  kinds: 'PASSWORD_KINDS',
  allowed_characters: 'PASSWORD_CHARACTERS',
} as const satisfies Record<PasswordRule, string>;

export function characterKind(ch: string): CharacterKind | undefined {
  if (/[0-9]/.test(ch)) return 'digit';
  if (/[A-Za-z]/.test(ch)) return 'letter';
  if (/[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/.test(ch)) return 'symbol';
  return undefined;
}

export function evaluatePassword(password: string, policy: PasswordPolicy): PolicyEvaluation<PasswordRule> {
  const chars = [...password];
  const kinds = new Set(chars.map(characterKind));
  const allowed = !kinds.has(undefined);
  kinds.delete(undefined);
  const rules: RuleCheck<PasswordRule>[] = [
    { rule: 'length', passed: chars.length >= policy.minLength && chars.length <= policy.maxLength },
    { rule: 'kinds', passed: kinds.size >= policy.minKinds },
    // Printable ASCII only: what every provincial back end and every kiosk keyboard layout agree on.
    { rule: 'allowed_characters', passed: allowed },
  ];
  return { ok: rules.every((r) => r.passed), rules };
}

/** The error code of the first failing rule, or undefined when the password passes. */
export function passwordErrorCode(evaluation: PolicyEvaluation<PasswordRule>): string | undefined {
  const failed = evaluation.rules.find((r) => !r.passed);
  return failed && passwordRuleCodes[failed.rule];
}
