import type zhCN from './zh-CN';

/**
 * What the enterprise flows share, Uyghur (Arabic script, right to left).
 * MACHINE-DRAFTED from zh-CN (English as a cross-check): every string must be reviewed by a native
 * Uyghur speaker before use in a hall. Product and app names stay untranslated; {title} is the
 * province's agent title and is filled in from the profile (in Chinese).
 */
export default {
  home: {
    title: 'كارخانا مۇلازىمىتى',
    qr: 'كود سىكانىرلاپ كىرىش',
    qrBody: 'كىملىك ئوقۇلمىسا، يانفون ئەپى بىلەن كودنى سىكانىرلاپ كىرىڭ',
  },
  entityTypes: {
    company: 'كارخانا قانۇنىي شەخس',
    individual_business: 'يەككە سودا-سانائەتچى',
    partnership: 'شېرىكچىلىك كارخانا',
    public_institution: 'كەسپىي ئورۇن',
    other: 'باشقا تەشكىلات',
  },
  info: {
    entityType: 'قانۇنىي شەخس تۈرى',
    uscc: 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى',
    usccKeyboard: 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ',
    name: 'كارخانا نامى',
    nameFromRegistry: 'تىزىملاش ئۇچۇرى بويىچە تولدۇرۇلدى',
    nameKeyboard: 'كارخانا نامىنى كىرگۈزۈڭ',
    usccRules: { length: '18 خانە', characters: 'رەقەم ياكى چوڭ ھەرپ (I، O، S، V، Z دىن باشقا)', checkChar: 'تەكشۈرۈش بەلگىسى توغرا' },
    lookingUp: 'تىزىملاش ئۇچۇرى سۈرۈشتۈرۈلۈۋاتىدۇ…',
    notInRegistry: 'تىزىملاش ئۇچۇرىدا بۇ كارخانا تېپىلمىدى: تىزىملاتقاندىن كېيىن ھېسابات ئاكتىپلاشنى ساقلاش ھالىتىدە بولىدۇ',
  },
  rep: {
    title: 'قانۇنىي ۋەكىل',
    placeCard: 'قانۇنىي ۋەكىل كىملىكىنى كارتا ئوقۇغۇچقا قويسۇن',
  },
  steps: {
    enterprise: 'كارخانا ئۇچۇرى',
    phone: 'يانفون دەلىللەش',
    password: 'مەخپىي نومۇر بېكىتىش',
    face: 'چىراي دەلىللەش',
    done: 'تامام',
    sms: 'قىسقا ئۇچۇر دەلىللەش',
    identity: 'كىملىك ئۇچۇرى',
  },
  appeal: {
    retake: 'قايتا تارتىش',
  },
  camera: {
    title: 'سۈرەتكە تارتىش: {document}',
    hint: 'ماتېرىيالنى ھۆججەت كامېراسىنىڭ ئاستىغا تۈز قويۇڭ',
    guidance: {
      starting: 'ھۆججەت كامېراسى ئېچىلىۋاتىدۇ…',
      noCamera: 'ھۆججەت كامېراسى تېپىلمىدى، U دىسكىدىن كىرگۈزۈڭ ياكى خىزمەتچى بىلەن ئالاقىلىشىڭ',
      noPage: 'ماتېرىيالنى تارتىش رايونىنىڭ ئوتتۇرىسىغا قويۇڭ',
      notDocument: 'بۇ قەغەز ماتېرىيالغا ئوخشىمايدۇ، كامېرا ئاستىغا پەقەت ماتېرىيالنىلا تۈز قويۇڭ',
      cutOff: 'ماتېرىيالنىڭ بىر قىسمى رەسىمنىڭ سىرتىدا، پۈتۈن بەتنى رامكا ئىچىگە كىرگۈزۈڭ',
      small: 'ماتېرىيال بەك كىچىك، رامكا ئىچىگە قويۇپ ئىمكانقەدەر تولدۇرۇڭ',
      offCentre: 'ماتېرىيالنى ئوتتۇرىغا يۆتكەڭ',
      glare: 'نۇر قايتىۋاتىدۇ، بۇلۇڭىنى تەڭشەڭ ياكى كۈچلۈك نۇرنى ئۆچۈرۈڭ',
      blurry: 'كۆرۈنۈش ئېنىق ئەمەس، ماتېرىيالنى تۈز تۇتۇڭ',
      moving: 'ماتېرىيالنى مىدىرلاتماڭ',
      ready: 'سۈرەتكە تارتىلىۋاتىدۇ…',
      captured: 'تارتىلدى، جەزملەڭ',
    },
    use: 'بۇنى ئىشلىتىش',
    capture: 'ھازىرلا تارتىش',
    cancel: 'ئەمەلدىن قالدۇرۇش',
  },
  qr: {
    title: 'كود سىكانىرلاپ كىرىش',
    scan: '«{app}» بىلەن QR كودنى سىكانىرلاپ، يانفوندا كىرىشنى جەزملەڭ',
    imageAlt: '«{app}» كىرىش QR كودى',
    expires: 'QR كود {seconds} سېكۇنتتىن كېيىن ئىناۋەتسىز بولىدۇ',
    expired: 'QR كودنىڭ ۋاقتى ئۆتتى',
    refresh: 'QR كودنى يېڭىلاش',
    waiting: 'يانفوننىڭ جەزملىشىنى ساقلاۋاتىدۇ…',
    signedIn: 'كىردى: {name}',
    demoConfirm: 'كۆرسىتىش: يانفون جەزملىشىنى تەقلىد قىلىش',
    demoTitle: 'تەربىيەلەش كۆرسىتىشى (يانفون ئەپى ئورنىدا)',
    demoAs: '{name} سالاھىيىتىدە جەزملەش',
    code: 'كىرىش كودى',
  },
  receipt: {
    title: 'بېجىرىش تالونى',
    service: 'مۇلازىمەت',
    services: {
      enterpriseRegistration: 'كارخانا تىزىملىتىش',
      enterpriseActivation: 'كارخانا ھېساباتىنى ئاكتىپلاش',
      enterprisePasswordReset: 'كارخانا مەخپىي نومۇرىنى قايتا بېكىتىش',
      appeal: 'كارخانا ھېساباتى ئەرزى',
      agent: 'بېجىرگۈچى باشقۇرۇش',
    },
    number: 'تالون نومۇرى',
    enterprise: 'كارخانا',
    uscc: 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى',
    rep: 'قانۇنىي ۋەكىل',
    phone: 'يانفون',
    account: 'كارخانا ھېساباتى',
    status: 'ھېسابات ھالىتى',
    statuses: { active: 'نورمال', pending_activation: 'ئاكتىپلاشنى ساقلاۋاتىدۇ', locked: 'قۇلۇپلانغان' },
    queued: 'ساقلاندى، ئەۋەتىلىشنى ساقلاۋاتىدۇ',
  },
  finish: 'تامام',
  backHome: 'باش بەتكە قايتىش',
  refusal: {
    title: 'داۋاملىق بېجىرگىلى بولمايدۇ',
    unavailableTitle: 'ۋاقتىنچە بېجىرگىلى بولمايدۇ',
    unavailableBody: 'بىرلىككە كەلگەن كىملىك دەلىللەش سىستېمىسى بىلەن ئۇلىنىش ئۈزۈلدى، بۇ مۇلازىمەت دەل ۋاقتىدا دەلىللەشنى تەلەپ قىلىدۇ.',
    next: 'كۆزنەككە بېرىپ خىزمەتچىدىن سوراڭ.',
  },
  /** The agent's initial password, set by whoever adds the agent, and what the agent then signs in with. */
  agentPassword: {
    heading: '{title} نىڭ دەسلەپكى كىرىش پارولىنى بەلگىلەڭ',
    body: '{title} كارخانا ھېساباتى ياكى بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى، ئۆز تېلېفون نومۇرى ياكى كىملىك نومۇرى ۋە بۇ پارول بىلەن كىرىدۇ.',
  },
  errors: {
    REAL_NAME_MISMATCH: 'ئىسىم بىلەن كىملىك نومۇرى ماس كەلمىدى',
    NAME_MISMATCH: 'ئىسىم ھېسابات تىزىملاش ئۇچۇرى بىلەن ماس كەلمىدى',
    ACCOUNT_NOT_FOUND: 'بۇ كارخانا ھېساباتى تېپىلمىدى',
    QR_SESSION_EXPIRED: 'QR كودنىڭ ۋاقتى ئۆتتى، يېڭىلاڭ',
  },
} satisfies typeof zhCN;
