import type zhCN from './zh-CN';

/** Pictures, upload progress and receipt printing, English. */
export default {
  pictures: {
    card: {
      name: 'Picture: the ID card lying flat on the reader, photo side up',
      caption: 'Lay your ID card flat on the reader, photo side up, and keep it still',
    },
    face: {
      name: 'Picture: facing the camera about 50 cm away, with light on the face',
      caption: 'Face the camera about an arm’s length away (50 cm), with light on your face; no hat or sunglasses',
    },
    document: {
      name: 'Picture: a page lying flat inside the frame under the document camera',
      caption: 'Lay the page flat under the document camera, the whole page inside the frame',
    },
    printer: {
      name: 'Picture: the receipt coming out of the printer slot under the screen',
      caption: 'Your receipt comes out of the slot under the screen: please take it',
    },
  },
  receipt: {
    qr: 'QR code of receipt number {number}',
    printing: 'Printing your receipt…',
    problems: {
      outOfPaper: 'The printer is out of paper: your receipt was not printed.',
      offline: 'The printer is switched off or not connected: your receipt was not printed.',
      absent: 'This kiosk has no printer it can use: your receipt was not printed.',
      failed: 'Printing your receipt failed.',
    },
    keepOnScreen: 'Please photograph or write down the receipt number on the screen and tell a member of the hall staff.',
  },
} satisfies typeof zhCN;
