import { encodeCommand } from './frameCodec';

/** CMD/PARA pairs of the SAM business-terminal interface (reference §1.2). */
export const Command = {
  resetSam: [0x10, 0xff],
  samStatus: [0x11, 0xff],
  samId: [0x12, 0xff],
  findCard: [0x20, 0x01],
  selectCard: [0x20, 0x02],
  readTextAndPhoto: [0x30, 0x01],
  readAppendedAddress: [0x30, 0x03],
  readManagementNumber: [0x30, 0x05],
  readWithFingerprint: [0x30, 0x10],
} as const satisfies Record<string, readonly [number, number]>;

export type CommandName = keyof typeof Command;

/** UART rates selectable with `60 xx`, in PARA order. */
export const BAUD_RATES = [115200, 57600, 38400, 19200, 9600] as const;
export type BaudRate = (typeof BAUD_RATES)[number];

export function commandFrame(name: CommandName): Buffer {
  const [cmd, para] = Command[name];
  return encodeCommand(cmd, para);
}

export function setBaudFrame(rate: BaudRate): Buffer {
  return encodeCommand(0x60, BAUD_RATES.indexOf(rate));
}

export function setMaxRfBytesFrame(bytes: number): Buffer {
  return encodeCommand(0x61, 0xff, Buffer.from([bytes & 0xff]));
}
