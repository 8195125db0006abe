import type { Messages } from '../messages';

export default {
  app: { title: 'Identity self-service', hall: '{name}' },
  language: { label: 'Language', 'zh-CN': '中文', en: 'English', ug: 'ئۇيغۇرچە', bo: 'བོད་ཡིག' },
  home: {
    welcome: 'Welcome to self-service',
    tapCard: 'Place your ID card on the reader, or choose a service below',
    services: 'Choose a service',
    noServices: 'Self-service is being prepared. Please go to the counter.',
    help: 'Need help? Ask a member of the hall staff.',
  },
  status: {
    label: 'Device status',
    ok: 'All services available',
    degraded: 'Some services unavailable',
    connecting: 'Connecting…',
    demo: 'Demo mode',
  },
  staff: {
    exitTitle: 'Staff exit',
    exitHint: 'Enter the exit PIN',
    pin: 'PIN',
    confirm: 'Confirm',
    cancel: 'Cancel',
    clear: 'Clear',
    backspace: 'Delete',
  },
  keyboard: { shift: 'Shift', symbols: 'Symbols', letters: 'Letters', backspace: 'Delete', clear: 'Clear', done: 'Done' },
  field: { show: 'Show', hide: 'Hide', fromCard: 'Read from your ID card; cannot be changed' },
  wizard: { back: 'Back', next: 'Next', cancel: 'Cancel', working: 'Please wait…', progress: 'Step {current} of {total}' },
  idle: {
    title: 'Are you still there?',
    body: 'In {seconds} seconds this session ends and what you entered is cleared.',
    continue: 'Continue',
    end: 'End now',
  },
  demoCard: {
    open: 'Demo: place an ID card',
    title: 'Demo ID cards',
    hint: 'For demonstration and training only: choose a test card to lay on the simulated reader.',
    remove: 'Take the card off',
    close: 'Close',
    people: {
      'liu-yang': 'Liu Yang (not registered)',
      'zhao-qiang': 'Zhao Qiang (not registered)',
      'zhang-wei': 'Zhang Wei (registered)',
      'li-xiuying': 'Li Xiuying (long-term card, agreement to re-sign)',
      'wang-xiaoming': 'Wang Xiaoming (under 16)',
      'chen-jing': 'Chen Jing (face does not match)',
      ayigul: 'Ayigul Mamat',
    },
  },
  sync: { online: 'Online', offline: 'Offline: work will be sent when the link is back', pending: '{count} waiting to be sent' },
  reader: {
    'no-reader': 'No card reader',
    ready: 'Card reader ready',
    reading: 'Reading card…',
    'card-read': 'ID card read',
    error: 'Card not read: place it again',
  },
  errors: {
    staff: {
      wrongPin: 'Wrong PIN, please try again',
      locked: 'Too many wrong PINs. Try again later.',
    },
    bridge: {
      invalidArgument: 'Something you entered is not valid',
      disconnected: 'Lost the connection to the kiosk service; reconnecting',
    },
    unknown: 'This could not be completed. Please ask the staff.',
  },
} satisfies Messages;
