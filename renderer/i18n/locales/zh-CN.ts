export default {
  app: { title: '统一身份认证自助服务', hall: '{name}' },
  language: { label: '语言', 'zh-CN': '中文', en: 'English', ug: 'ئۇيغۇرچە', bo: 'བོད་ཡིག' },
  home: {
    welcome: '您好，欢迎使用自助服务',
    tapCard: '请将身份证放在读卡区，或选择下方服务',
    services: '选择服务',
    noServices: '自助服务正在准备中，请到窗口办理',
    help: '需要帮助？请联系大厅工作人员',
  },
  status: {
    label: '设备状态',
    ok: '服务正常',
    degraded: '部分服务不可用',
    connecting: '正在连接…',
    demo: '演示模式',
  },
  staff: {
    exitTitle: '工作人员退出',
    exitHint: '请输入退出密码',
    pin: '密码',
    confirm: '确认',
    cancel: '取消',
    clear: '清除',
    backspace: '删除',
  },
  keyboard: { shift: '大写', symbols: '符号', letters: '字母', backspace: '删除', clear: '清空', done: '完成' },
  field: { show: '显示', hide: '隐藏', fromCard: '已从身份证读取，不可修改' },
  wizard: { back: '上一步', next: '下一步', cancel: '取消办理', working: '请稍候…', progress: '第 {current} 步，共 {total} 步' },
  idle: {
    title: '您还在吗？',
    body: '{seconds} 秒后将自动退出，您填写的信息将被清除。',
    continue: '继续办理',
    end: '结束办理',
  },
  errors: {
    staff: {
      wrongPin: '密码错误，请重试',
      locked: '错误次数过多，请稍后再试',
    },
    bridge: {
      invalidArgument: '输入内容有误',
      disconnected: '与自助机服务的连接已断开，正在重连',
    },
    unknown: '操作未能完成，请联系工作人员',
  },
};
