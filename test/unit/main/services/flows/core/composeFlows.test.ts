import { describe, expect, it } from 'vitest';
import { kioskContract } from '../../../../../../common/contract/kioskApi';
import { flowModules } from '../../../../../../main/services/flows';
import { composeFlows } from '../../../../../../main/services/flows/core/composeFlows';
import { compositionProblems, flowServices } from '../../../../../../main/services/flows/core/flowComposition';
import { defineFlow, type AnyFlowModule } from '../../../../../../main/services/flows/core/flowModule';
import { personFlowModules } from '../../../../../../main/services/flows/person';
import personForgotPasswordFlow from '../../../../../../main/services/flows/person/forgotPassword.flow';
import { appealKind } from '../../../../../../main/services/sync/kinds/appealKind';
import { testCore } from './support';

const without = (name: string) => flowModules.filter((m) => m.name !== name);

/** A module claiming `findAccount` again (the forgot-password flow owns it). */
const secondFindAccount = defineFlow({
  name: 'person.impostor',
  service: 'person',
  methods: ['findAccount'],
  client: [],
  create: () => ({ findAccount: async () => ({ maskedName: '', maskedPhone: '', smsRequired: false, faceRequired: false }) }),
});

describe('flow composer', () => {
  it("composes the kiosk's modules: every person and enterprise method has exactly one handler", () => {
    expect(compositionProblems(flowServices, flowModules)).toEqual([]);
    const handlers = composeFlows(flowServices, flowModules, testCore().core);
    for (const service of flowServices) {
      expect(Object.keys(handlers[service]).sort()).toEqual(Object.keys(kioskContract[service]).sort());
      for (const handler of Object.values(handlers[service])) expect(typeof handler).toBe('function');
    }
  });

  it('fails at start-up when a contract method has no module', () => {
    expect(() => composeFlows(flowServices, without('person.forgotPassword'), testCore().core)).toThrow(
      /person: no flow module implements method 'findAccount'[\s\S]*method 'resetPassword'[\s\S]*SMS purpose 'passwordReset'/,
    );
    expect(() => composeFlows(['person'], personFlowModules.slice(1), testCore().core)).toThrow(/no flow module implements method 'sendSms'/);
  });

  it('fails at start-up when two modules implement one method', () => {
    expect(() => composeFlows(flowServices, [...flowModules, secondFindAccount], testCore().core)).toThrow(
      "person: method 'findAccount' is implemented by person.forgotPassword and person.impostor",
    );
  });

  it('fails at start-up on a method the contract lacks and a module of a service not composed', () => {
    const stray: AnyFlowModule = { ...secondFindAccount, name: 'person.stray', methods: ['findAccount', 'teleport'] };
    expect(compositionProblems(flowServices, [...without('person.forgotPassword'), stray])).toEqual(
      expect.arrayContaining(["person.stray: person has no method 'teleport'"]),
    );
    expect(compositionProblems(['person'], flowModules)).toEqual(expect.arrayContaining(['enterprise.appeal: service enterprise is not composed']));
  });

  it('refuses a module whose handlers differ from what it declares, and a queue it did not declare', async () => {
    const forgot = personForgotPasswordFlow;
    const sloppy: AnyFlowModule = { ...forgot, create: (ctx) => ({ ...forgot.create(ctx as never), extra: () => undefined }) };
    expect(() => composeFlows(flowServices, [...without(forgot.name), sloppy], testCore().core)).toThrow(
      'flow person.forgotPassword declares findAccount, resetPassword but made findAccount, resetPassword, extra',
    );

    const sneaky = defineFlow({
      name: 'person.sneaky',
      service: 'person',
      methods: ['enrolFace'],
      client: [],
      create: (ctx) => ({ enrolFace: async () => (ctx.queue(appealKind), { outcome: 'queued' as const, receipt: null }) }),
    });
    const handlers = composeFlows(flowServices, [...without('person.faceEnrolment'), sneaky], testCore().core);
    const holder = { name: '刘洋', idType: 'resident_id' as const, idNumber: '350102199209053314' };
    await expect(handlers.person.enrolFace({ holder, capture: {} as never }, { transport: 'local' })).rejects.toThrow(
      "flow person.sneaky queues 'appeal' without declaring it",
    );
  });

  it('gives a module only the identity-API calls it declared, named or through send', async () => {
    const calls: string[] = [];
    const client = {
      lookupAccount: async () => calls.push('lookupAccount'),
      seal: async () => calls.push('seal'),
      send: async (id: string) => calls.push(`send:${id}`),
    };
    const honest = defineFlow({
      name: 'person.honest',
      service: 'person',
      methods: ['findAccount'],
      client: ['lookupAccount', 'changePhone'],
      create: (ctx) => ({
        findAccount: async () => {
          await ctx.client.lookupAccount({ by: 'id_number', value: '1', idType: 'resident_id' });
          await ctx.client.send('changePhone', { body: {} as never });
          return { maskedName: '', maskedPhone: '', smsRequired: false, faceRequired: false };
        },
      }),
    });
    const ctxOf = (module: AnyFlowModule) =>
      composeFlows(flowServices, [...without('person.forgotPassword'), module, { ...forgotWithoutFind() }], testCore({ client }).core);
    await ctxOf(honest).person.findAccount({ holder: {} as never }, { transport: 'local' });
    expect(calls).toEqual(['lookupAccount', 'send:changePhone']);

    // The same module reaching past its declaration, as an untyped helper or a cast could.
    const greedy: AnyFlowModule = {
      ...honest,
      name: 'person.greedy',
      create: (ctx) => ({
        findAccount: async () => {
          const loose = ctx.client as { seal(): Promise<unknown>; send(id: string): Promise<unknown> };
          await loose.send('resetPassword');
        },
      }),
    };
    await expect(ctxOf(greedy).person.findAccount({ holder: {} as never }, { transport: 'local' })).rejects.toThrow(
      "flow person.greedy calls the identity API's 'resetPassword' without declaring it",
    );
    const sealer: AnyFlowModule = { ...greedy, create: (ctx) => ({ findAccount: async () => (ctx.client as { seal(): Promise<unknown> }).seal() }) };
    await expect(ctxOf(sealer).person.findAccount({ holder: {} as never }, { transport: 'local' })).rejects.toThrow("calls the identity API's 'seal'");
    expect(calls).toEqual(['lookupAccount', 'send:changePhone']);
  });
});

/** The forgot-password flow without `findAccount`, so a test module can own that method. */
function forgotWithoutFind(): AnyFlowModule {
  return {
    ...personForgotPasswordFlow,
    methods: ['resetPassword'],
    create: (ctx) => ({ resetPassword: personForgotPasswordFlow.create(ctx as never).resetPassword }),
  };
}
