import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../../renderer/flows/shared/outcome';

describe('how a failure from main ends a step', () => {
  it('an outage ends online-only steps; known refusals end the flow; field errors stay on the field', () => {
    expect(outcomeOf({ code: 'person.serviceUnavailable' })).toEqual({ kind: 'unavailable' });
    expect(outcomeOf({ code: 'ID_NUMBER_ALREADY_REGISTERED' })).toEqual({ kind: 'refused', code: 'ID_NUMBER_ALREADY_REGISTERED' });
    expect(outcomeOf({ code: 'ACCOUNT_NOT_FOUND' })).toEqual({ kind: 'refused', code: 'ACCOUNT_NOT_FOUND' });
    expect(outcomeOf({ code: 'PHONE_INVALID', field: 'phone' })).toBeUndefined();
    expect(outcomeOf(new Error('x'))).toBeUndefined();
  });
});
