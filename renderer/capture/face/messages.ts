import type { InstructionCode } from './guidance';

type Messages = Record<InstructionCode, string>;

/** Short, speakable instructions for the face step; the app's i18n merges these tables. */
export const faceMessages: { 'zh-CN': Messages; en: Messages } = {
  'zh-CN': {
    'face.noFace': '请正对摄像头',
    'face.oneFaceOnly': '请确保画面中只有您一人',
    'face.tooFar': '请靠近一些',
    'face.tooClose': '请稍微后退',
    'face.centre': '请将脸部移到框内中央',
    'face.headStraight': '请保持头部端正',
    'face.lookStraight': '请平视摄像头',
    'face.tooDark': '光线太暗，请到明亮处',
    'face.tooBright': '光线太强，请避开强光',
    'face.backlit': '背光过强，请避开身后的光源',
    'face.lowContrast': '光线不均匀，请调整位置',
    'face.holdStill': '请保持不动',
    'face.turnLeft': '请缓慢向左转头',
    'face.turnRight': '请缓慢向右转头',
    'face.nod': '请缓慢点头',
    'face.retry': '未完成动作，请重新开始',
    'face.capturing': '正在采集，请保持不动',
    'face.done': '人脸采集完成',
    'face.failed': '人脸采集未通过，请联系窗口工作人员',
  },
  en: {
    'face.noFace': 'Please face the camera',
    'face.oneFaceOnly': 'Only one person in view, please',
    'face.tooFar': 'Please come closer',
    'face.tooClose': 'Please step back a little',
    'face.centre': 'Move your face to the centre of the frame',
    'face.headStraight': 'Keep your head upright',
    'face.lookStraight': 'Look straight at the camera',
    'face.tooDark': 'Too dark: please move into better light',
    'face.tooBright': 'Too bright: please avoid strong light',
    'face.backlit': 'Strong light behind you: please turn away from it',
    'face.lowContrast': 'Uneven light: please adjust your position',
    'face.holdStill': 'Please hold still',
    'face.turnLeft': 'Slowly turn your head to the left',
    'face.turnRight': 'Slowly turn your head to the right',
    'face.nod': 'Slowly nod your head',
    'face.retry': 'Not completed: let us try again',
    'face.capturing': 'Capturing: please hold still',
    'face.done': 'Face captured',
    'face.failed': 'Face capture did not succeed: please ask the counter staff',
  },
};
