/**
 * The authorisation letter (授权委托书) as the tax office takes it: a form in Chinese whatever the
 * screen's language, filled with what the kiosk knows and blanks for the seal and signatures.
 */
export interface LetterFacts {
  enterpriseName: string;
  uscc: string;
  agentName: string;
  agentIdNumber: string;
  agentTitle: string;
}

const blank = (value: string, width = 12) => value || '＿'.repeat(width);

export function authorisationLetter(facts: LetterFacts): { title: string; paragraphs: string[]; signatures: string[] } {
  return {
    title: '授权委托书',
    paragraphs: [
      `兹委托 ${blank(facts.agentName, 6)}（身份证件号码：${blank(facts.agentIdNumber, 18)}）为本单位${facts.agentTitle}，`,
      `代表本单位 ${blank(facts.enterpriseName, 16)}（统一社会信用代码：${blank(facts.uscc, 18)}）办理统一身份认证系统的企业账号申诉事项，`,
      `提交申诉材料并接收处理结果。${facts.agentTitle}在委托权限内办理的事项，本单位均予以承认。`,
      '委托期限：自＿＿＿＿年＿＿月＿＿日至＿＿＿＿年＿＿月＿＿日。',
    ],
    signatures: ['委托单位（盖章）：', '法定代表人（签字）：', `${facts.agentTitle}（签字）：`, '日期：＿＿＿＿年＿＿月＿＿日'],
  };
}
