/** Pictures, upload progress and receipt printing, Simplified Chinese (the source of truth). */
export default {
  pictures: {
    card: { name: '示意图：身份证平放在读卡区上，照片面朝上', caption: '把身份证平放在读卡区上，照片面朝上，不要移动' },
    face: { name: '示意图：正对摄像头，距离约50厘米，光线照在脸上', caption: '正对摄像头，距离约一臂（50厘米），面部光线充足，不戴帽子和墨镜' },
    document: { name: '示意图：材料平放在高拍仪下方的框内', caption: '把材料平放在高拍仪下方，整页放进框内，不要遮挡' },
    printer: { name: '示意图：回执从屏幕下方的打印口出来', caption: '回执从屏幕下方的打印口出来，请取走' },
  },
  receipt: {
    qr: '回执编号 {number} 的二维码',
    printing: '正在打印回执…',
    problems: {
      outOfPaper: '打印机缺纸，回执没有打印出来。',
      offline: '打印机未开机或未连接，回执没有打印出来。',
      absent: '本机没有可用的打印机，回执没有打印出来。',
      failed: '回执打印失败。',
    },
    keepOnScreen: '请拍下或记下屏幕上的回执编号，并告诉大厅工作人员。',
  },
};
