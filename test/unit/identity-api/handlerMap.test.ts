import { describe, expect, it } from 'vitest';
import { operations } from '../../../common/identityApi/operations';
import type { OperationHandlers } from '../../../identity-api/context';
import { handlers } from '../../../identity-api/router';

// The @ts-expect-error lines are the assertions: `npm run typecheck` fails if any of them stops being an error.
describe('handler map', () => {
  it('has exactly one handler per operation of the table', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(operations).sort());
  });

  it('does not type-check when an operation has no handler', () => {
    const { getServerKey: _left_out, ...withoutServerKey } = handlers;
    // @ts-expect-error getServerKey is missing
    const incomplete: OperationHandlers = withoutServerKey;
    expect(incomplete).not.toHaveProperty('getServerKey');
  });

  it('does not type-check when a handler file names an unknown operation or gives one the wrong handler', () => {
    const unknownId = {
      getServerKey: handlers.getServerKey,
      // @ts-expect-error no operation is called deleteAccount
      deleteAccount: handlers.getServerKey,
    } satisfies Partial<OperationHandlers>;
    const wrongHandler = {
      // @ts-expect-error lookupEnterprise's handler reads a body that getServerKey does not have
      getServerKey: handlers.lookupEnterprise,
    } satisfies Partial<OperationHandlers>;
    expect(Object.keys({ ...unknownId, ...wrongHandler })).toEqual(['getServerKey', 'deleteAccount']);
  });
});
