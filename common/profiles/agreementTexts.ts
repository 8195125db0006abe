import type { KioskLanguage, ProvinceProfile } from './provinceProfile';

/** One titled section of an agreement; `{platform}` stands for the province platform's name in the same language. */
export interface AgreementSection {
  heading: string;
  body: string;
}

export type AgreementKind = 'registration' | 'privacy';

/**
 * The registration agreement and the privacy policy a citizen accepts, in every kiosk language. The
 * province profile names the platform and gives each document's title and version; the sections are
 * the same wherever the platform's rules are. Uyghur and Tibetan are machine drafts that a native
 * reviewer must check before release, like every other ug/bo text.
 */
export const agreementSections: Readonly<Record<AgreementKind, Readonly<Record<KioskLanguage, readonly AgreementSection[]>>>> = {
  registration: {
    'zh-CN': [
      { heading: '一、适用范围', body: '本协议适用于您在{platform}注册和使用自然人账号。注册成功即表示您接受本协议，账号可用于办理本省的涉税及政务服务。' },
      { heading: '二、实名注册', body: '请由本人办理注册并如实提供身份证件、手机号码等信息。冒用他人身份或提供虚假信息的，平台有权停用账号，并依法追究责任。' },
      {
        heading: '三、账号与密码',
        body: '账号名、密码和短信验证码仅限本人使用，请妥善保管，不要告诉他人。因您泄露而造成的损失由您自行承担；发现账号异常请立即修改密码或到窗口办理。',
      },
      {
        heading: '四、服务的变更与中止',
        body: '平台可能因系统维护、升级或法律政策调整而暂停或变更部分服务，并尽可能提前公告。协议更新后，您需要阅读并重新签署才能继续使用相关服务。',
      },
      { heading: '五、注销与联系', body: '您可以到办税服务厅窗口申请注销账号。对本协议有疑问的，可咨询办税服务厅工作人员或拨打 12366 纳税服务热线。' },
    ],
    en: [
      {
        heading: '1. Scope',
        body: 'This agreement covers registering and using a personal account of the {platform}. By registering you accept it; the account serves the province’s tax and government services.',
      },
      {
        heading: '2. Real-name registration',
        body: 'Register in person and give true details of your identity document and phone. Accounts registered with someone else’s identity or false details may be suspended, and the law applies.',
      },
      {
        heading: '3. Account and password',
        body: 'Your account name, password and SMS codes are for you alone: keep them safe and never share them. You bear losses caused by disclosing them; if your account behaves oddly, change the password or ask at the counter.',
      },
      {
        heading: '4. Changes to the service',
        body: 'Services may pause or change for maintenance, upgrades or new rules, announced in advance where possible. When this agreement changes, you read and sign it again to keep using the services concerned.',
      },
      {
        heading: '5. Closing the account, questions',
        body: 'You can ask at a tax service hall counter to close your account. For questions about this agreement, ask the hall staff or call the 12366 taxpayer hotline.',
      },
    ],
    ug: [
      {
        heading: '1. دائىرىسى',
        body: 'بۇ كېلىشىم {platform} دا شەخسىي ھېسابات تىزىملىتىش ۋە ئىشلىتىشكە ماس كېلىدۇ. تىزىملاتسىڭىز، بۇ كېلىشىمنى قوبۇل قىلغان بولىسىز.',
      },
      {
        heading: '2. ھەقىقىي ئىسىمدا تىزىملىتىش',
        body: 'ئۆزىڭىز تىزىملىتىڭ ۋە كىملىك ھەم تېلېفون ئۇچۇرىنى توغرا بېرىڭ. باشقىلارنىڭ كىملىكىنى ئىشلەتسە ياكى يالغان ئۇچۇر بەرسە، ھېسابات توختىتىلىدۇ.',
      },
      {
        heading: '3. ھېسابات ۋە پارول',
        body: 'ھېسابات نامى، پارول ۋە دەلىللەش نومۇرى پەقەت سىزگىلا تەۋە، باشقىلارغا ئېيتماڭ. نورمالسىزلىق بايقىسىڭىز پارولنى ئۆزگەرتىڭ ياكى كۆزنەككە بېرىڭ.',
      },
      {
        heading: '4. مۇلازىمەتنىڭ ئۆزگىرىشى',
        body: 'ئاسراش ياكى يېڭىلاش سەۋەبىدىن بەزى مۇلازىمەتلەر ۋاقتىنچە توختىشى مۇمكىن. كېلىشىم يېڭىلانسا، قايتا ئوقۇپ ئىمزالىشىڭىز كېرەك.',
      },
      {
        heading: '5. ھېساباتنى ئەمەلدىن قالدۇرۇش',
        body: 'ھېساباتنى ئەمەلدىن قالدۇرۇش ئۈچۈن باج مۇلازىمەت زالىنىڭ كۆزنىكىگە بېرىڭ. سوئالىڭىز بولسا خادىملاردىن سوراڭ ياكى 12366 غا تېلېفون قىلىڭ.',
      },
    ],
    bo: [
      { heading: '༡ ཁྱབ་ཁོངས།', body: 'གྲོས་མཐུན་འདི་ {platform} ཐོག་མི་སྒེར་གྱི་རྩིས་ཁྲ་ཐོ་འགོད་དང་བེད་སྤྱོད་ལ་འཚམས། ཐོ་འགོད་བྱས་ན་གྲོས་མཐུན་འདི་ངོས་ལེན་བྱས་པར་བརྩི།' },
      { heading: '༢ མིང་ངོ་མའི་ཐོ་འགོད།', body: 'རང་ཉིད་ཀྱིས་ཐོ་འགོད་བྱས་ནས་ཐོབ་ཐང་ལག་ཁྱེར་དང་ཁ་པར་གྱི་ཆ་འཕྲིན་ཡང་དག་སྤྲོད་རོགས། གཞན་གྱི་ཐོབ་ཐང་བཀོལ་ན་རྩིས་ཁྲ་མཚམས་འཇོག་བྱེད།' },
      { heading: '༣ རྩིས་ཁྲ་དང་གསང་གྲངས།', body: 'རྩིས་ཁྲའི་མིང་དང་གསང་གྲངས། ར་སྤྲོད་ཨང་གྲངས་བཅས་རང་ཉིད་ཁོ་ནས་བེད་སྤྱོད་བྱེད་དགོས། མི་གཞན་ལ་མ་བཤད་རོགས།' },
      { heading: '༤ ཞབས་ཞུའི་འགྱུར་ལྡོག', body: 'མ་ལག་ཉམས་གསོ་སོགས་ཀྱི་རྐྱེན་གྱིས་ཞབས་ཞུ་གནས་སྐབས་མཚམས་འཇོག་སྲིད། གྲོས་མཐུན་གསར་བཅོས་བྱས་ན་བསྐྱར་དུ་ཀློག་ནས་མིང་རྟགས་འགོད་དགོས།' },
      { heading: '༥ རྩིས་ཁྲ་མེད་པར་བཟོ་བ།', body: 'རྩིས་ཁྲ་མེད་པར་བཟོ་བར་ཁྲལ་དོན་ཞབས་ཞུ་ཁང་གི་སྒེའུ་ཁུང་དུ་ཕེབས་རོགས། དྲི་བ་ཡོད་ན་ལས་བྱེད་པར་འདྲི་བའམ་ 12366 ལ་ཁ་པར་གཏོང་རོགས།' },
    ],
  },
  privacy: {
    'zh-CN': [
      {
        heading: '一、我们收集哪些信息',
        body: '为核验您的身份，{platform}会收集您的姓名、证件类型和号码、证件有效期限、手机号码，以及在本机现场采集的人脸照片。',
      },
      {
        heading: '二、信息的用途',
        body: '这些信息仅用于身份认证、账号安全和您申请办理的业务，例如与公安部门留存的证件信息比对、向预留手机发送验证码。未经您同意，不用于其他目的。',
      },
      {
        heading: '三、保存与保护',
        body: '信息加密传输并保存在政务服务系统中。本自助终端不保存您的证件信息和人脸照片：办理结束、取消或离开后，屏幕上的内容即被清除。',
      },
      { heading: '四、共享与公开', body: '除法律法规规定或有权机关依法要求外，平台不会向第三方提供或公开您的个人信息。' },
      {
        heading: '五、您的权利',
        body: '您可以查询、更正您的个人信息，也可以撤回同意或申请注销账号。撤回同意后，需要这些信息的服务将无法继续办理。请到办税服务厅窗口或拨打 12366 咨询。',
      },
    ],
    en: [
      {
        heading: '1. What we collect',
        body: 'To verify who you are, the {platform} collects your name, the type, number and validity dates of your identity document, your phone number, and a face photo taken at this kiosk.',
      },
      {
        heading: '2. What it is used for',
        body: 'Only for identity verification, account security and the services you ask for, such as comparing with the records of the public security authorities and sending codes to your reserved phone. Nothing else without your consent.',
      },
      {
        heading: '3. Keeping it safe',
        body: 'Your data travels encrypted and is kept in the government service system. This kiosk keeps neither your document details nor your face photo: when you finish, cancel or walk away, the screen is cleared.',
      },
      {
        heading: '4. Sharing',
        body: 'Your personal data is not given to or published for third parties, except where laws and regulations require it or a competent authority lawfully demands it.',
      },
      {
        heading: '5. Your rights',
        body: 'You can see and correct your data, withdraw your consent or close your account. Services that need the data then cannot go on. Ask at a tax service hall counter or call 12366.',
      },
    ],
    ug: [
      {
        heading: '1. قايسى ئۇچۇرلار توپلىنىدۇ',
        body: 'كىملىكىڭىزنى دەلىللەش ئۈچۈن {platform} ئىسمىڭىز، كىملىك تۈرى ۋە نومۇرى، ئىناۋەتلىك مۇددىتى، تېلېفون نومۇرىڭىز ۋە بۇ ئۈسكۈنىدە تارتىلغان چىراي سۈرىتىنى توپلايدۇ.',
      },
      {
        heading: '2. ئىشلىتىلىش مەقسىتى',
        body: 'بۇ ئۇچۇرلار پەقەت كىملىك دەلىللەش، ھېسابات بىخەتەرلىكى ۋە سىز ئىلتىماس قىلغان مۇلازىمەت ئۈچۈنلا ئىشلىتىلىدۇ.',
      },
      {
        heading: '3. ساقلاش ۋە قوغداش',
        body: 'ئۇچۇرلار مەخپىيلەشتۈرۈلۈپ يوللىنىدۇ. بۇ ئۈسكۈنە كىملىك ئۇچۇرىڭىز ۋە چىراي سۈرىتىڭىزنى ساقلىمايدۇ؛ ئىش تۈگىگەندە ئېكران تازىلىنىدۇ.',
      },
      { heading: '4. ئورتاقلىشىش', body: 'قانۇن بەلگىلىگەن ئەھۋالدىن باشقا، شەخسىي ئۇچۇرىڭىز ئۈچىنچى تەرەپكە بېرىلمەيدۇ.' },
      {
        heading: '5. ھوقۇقىڭىز',
        body: 'ئۇچۇرىڭىزنى كۆرۈش، تۈزىتىش، رازىلىقىڭىزنى قايتۇرۇۋېلىش ياكى ھېساباتنى ئەمەلدىن قالدۇرۇشقا بولىدۇ. كۆزنەككە بېرىڭ ياكى 12366 غا تېلېفون قىلىڭ.',
      },
    ],
    bo: [
      {
        heading: '༡ བསྡུ་རུབ་བྱེད་པའི་ཆ་འཕྲིན།',
        body: 'ཁྱེད་ཀྱི་ཐོབ་ཐང་ར་སྤྲོད་ཆེད་ {platform} ཡིས་མིང་དང་། ལག་ཁྱེར་གྱི་རིགས་དང་ཨང་གྲངས། ནུས་ཡོད་དུས་ཚོད། ཁ་པར་ཨང་གྲངས། འཕྲུལ་ཆས་འདིར་བླངས་པའི་གདོང་པར་བཅས་བསྡུ་རུབ་བྱེད།',
      },
      { heading: '༢ བེད་སྤྱོད།', body: 'ཆ་འཕྲིན་འདི་དག་ཐོབ་ཐང་ར་སྤྲོད་དང་རྩིས་ཁྲའི་བདེ་འཇགས། ཁྱེད་ཀྱིས་ཞུས་པའི་ཞབས་ཞུ་ཁོ་ནར་བེད་སྤྱོད་བྱེད།' },
      { heading: '༣ ཉར་ཚགས།', body: 'ཆ་འཕྲིན་གསང་སྡོམ་ངང་བསྐུར་གྱི་ཡོད། འཕྲུལ་ཆས་འདིས་ཁྱེད་ཀྱི་ལག་ཁྱེར་ཆ་འཕྲིན་དང་གདོང་པར་ཉར་མི་བྱེད། ལས་དོན་གྲུབ་རྗེས་བརྙན་ཡོལ་གཙང་སེལ་བྱེད།' },
      { heading: '༤ མཉམ་སྤྱོད།', body: 'ཁྲིམས་ལུགས་ཀྱི་གཏན་འབེབས་མ་གཏོགས་ཁྱེད་ཀྱི་སྒེར་གྱི་ཆ་འཕྲིན་ཕྱོགས་གསུམ་པར་མི་སྤྲོད།' },
      { heading: '༥ ཁྱེད་ཀྱི་ཐོབ་ཐང་།', body: 'ཁྱེད་ཀྱིས་རང་གི་ཆ་འཕྲིན་ལྟ་བ་དང་བཅོས་སྒྲིག དང་ལེན་ཕྱིར་འཐེན། རྩིས་ཁྲ་མེད་པར་བཟོ་བ་བཅས་བྱེད་ཆོག སྒེའུ་ཁུང་དུ་ཕེབས་པའམ་ 12366 ལ་ཁ་པར་གཏོང་རོགས།' },
    ],
  },
};

const titles: Readonly<Record<AgreementKind, Readonly<Record<KioskLanguage, string>>>> = {
  registration: {
    'zh-CN': '{platform}用户注册协议',
    en: '{platform} User Registration Agreement',
    ug: '{platform} ئىشلەتكۈچى تىزىملىتىش كېلىشىمى',
    bo: '{platform} སྤྱོད་མཁན་ཐོ་འགོད་གྲོས་མཐུན།',
  },
  privacy: {
    'zh-CN': '{platform}隐私政策',
    en: '{platform} Privacy Policy',
    ug: '{platform} شەخسىي ئۇچۇر سىياسىتى',
    bo: '{platform} སྒེར་གྱི་ཆ་འཕྲིན་སྲིད་ཇུས།',
  },
};

/** One agreement as a citizen reads it: its title, the version they accept, and every section. */
export interface AgreementDocument {
  title: string;
  version: string;
  sections: AgreementSection[];
}

/** The province's document of `kind` in `language`, with the platform's name filled in. */
export function agreementDocument(profile: ProvinceProfile, kind: AgreementKind, language: KioskLanguage): AgreementDocument {
  const platform = profile.agreements.platform[language];
  const fill = (text: string) => text.replaceAll('{platform}', platform);
  return {
    title: fill(titles[kind][language]),
    version: profile.agreements.versions[kind],
    sections: agreementSections[kind][language].map((s) => ({ heading: s.heading, body: fill(s.body) })),
  };
}
