import type zhCN from './zh-CN';

/** Errors that speak, English. */
export default {
  blocked: 'You cannot go on yet:',
  incomplete: 'Please complete this page first',
  fieldRulesLeft: '{label}: {count} requirements not met yet',
  fieldRule: '{label}, not met: {rule}',
  unmet: 'Not met: ',
  met: 'Met: ',
  cancelTitle: 'Cancel this service?',
  cancelBody: 'Everything you entered will be cleared and you will have to start again.',
  cancelKeep: 'Continue',
  cancelConfirm: 'Yes, cancel',
} satisfies typeof zhCN;
