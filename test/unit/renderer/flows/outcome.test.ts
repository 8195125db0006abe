import { describe, expect, it } from 'vitest';
import { faceRefusal, matchedFace, outcomeOf } from '../../../../renderer/flows/shared/outcome';

describe('which failures end a flow, by group', () => {
  it('an outage ends either group; each group ends on its own refusals and leaves the rest to the step', () => {
    for (const group of ['person', 'enterprise'] as const) {
      expect(outcomeOf({ code: 'bridge.disconnected' }, group)).toEqual({ kind: 'unavailable' });
      expect(outcomeOf({ code: 'FACE_NO_MATCH' }, group)).toEqual({ kind: 'refused', code: 'FACE_NO_MATCH' });
    }
    expect(outcomeOf({ code: 'ACCOUNT_NOT_FOUND' }, 'person')).toEqual({ kind: 'refused', code: 'ACCOUNT_NOT_FOUND' });
    expect(outcomeOf({ code: 'ACCOUNT_NOT_FOUND' }, 'enterprise')).toBeUndefined();
    expect(outcomeOf({ code: 'USCC_ALREADY_REGISTERED' }, 'enterprise')).toEqual({ kind: 'refused', code: 'USCC_ALREADY_REGISTERED' });
    expect(outcomeOf({ code: 'USCC_ALREADY_REGISTERED' }, 'person')).toBeUndefined();
  });

  it('a face check that did not pass becomes the refusal that ends the flow', () => {
    expect(matchedFace({ result: 'match', verificationId: 'fv-1' })).toBe('fv-1');
    expect(() => matchedFace({ result: 'no_match', verificationId: null })).toThrow(expect.objectContaining({ code: 'FACE_NO_MATCH' }));
    expect(() => matchedFace({ result: 'match', verificationId: null })).toThrow(expect.objectContaining({ code: 'FACE_LIVENESS' }));
    expect(outcomeOf(faceRefusal('liveness_failed'), 'enterprise')).toEqual({ kind: 'refused', code: 'FACE_LIVENESS' });
  });
});
