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
} satisfies typeof zhCN;
