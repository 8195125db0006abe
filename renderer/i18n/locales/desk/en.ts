import type zhCN from './zh-CN';

/** The clerk's desk in assisted mode, English. */
export default {
  citizen: 'For (masked)',
  nextTry: 'Next try',
  nextTryDue: 'Due now',
  nextTryNever: 'No more automatic tries',
  submittedAt: 'Submitted {time}',
  unreadable: 'Cannot be read',
  attachments: 'Attachments {uploaded}/{count} uploaded',
  sendNow: 'Send now',
  retried: 'Sending is scheduled; refresh in a moment to see the result',
  refresh: 'Refresh',
  code: 'Code {code}',
  reasons: {
    unreachable: 'The identity system cannot be reached; sent automatically when it is back',
    busy: 'The identity system is busy; tried again automatically',
    auth: "The identity system refused this kiosk's credentials; call technical support",
    upload: 'An attachment upload was interrupted and starts again',
    refused: 'The identity system refused this item; check it with the citizen, then send again',
    unexpected: 'An unexpected error while sending; tried again automatically',
  },
  ok: 'OK',
  failed: 'Fault',
  technical: 'Technical details',
  checks: { dataDir: 'Data folder', identityApi: 'Identity system link', store: 'Local database' },
  readerStates: { 'no-reader': 'No card reader', ready: 'Ready', reading: 'Reading a card', 'card-read': 'Card read', error: 'Fault' },
  readerSimulated: '(demo reader)',
  link: { online: 'Online', offline: 'Offline', paused: "Paused: this kiosk's credentials were refused" },
  queueSummary: '{pending} waiting, {dead} failed',
  memoryUse: '{rss} MB in use ({heap} MB by the program)',
  diskUse: '{free} MB free of {total} MB',
} satisfies typeof zhCN;
