/** Errors that speak: what a greyed "next" is waiting for, unmet rules, and the cancel confirmation. */
export default {
  blocked: '还不能进入下一步：',
  incomplete: '请先完成本页的内容',
  fieldRulesLeft: '{label}：还有 {count} 项要求未满足',
  fieldRule: '{label}未满足：{rule}',
  unmet: '未满足：',
  met: '已满足：',
  cancelTitle: '确定要取消办理吗？',
  cancelBody: '已填写的信息将全部清除，需要从头开始办理。',
  cancelKeep: '继续办理',
  cancelConfirm: '确定取消',
};
