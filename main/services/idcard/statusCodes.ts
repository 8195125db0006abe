/**
 * SW3, the reader's own status byte in every response (GA/T 467 business-terminal interface).
 * Each wire value maps to a stable error code the UI can translate; success values map to null.
 */
export const SW3 = {
  ok: 0x90,
  noContent: 0x91,
  findOk: 0x9f,
  commandChecksum: 0x10,
  commandLength: 0x11,
  commandInvalid: 0x21,
  unauthorised: 0x23,
  unrecognised: 0x24,
  cardAuthSamFailed: 0x31,
  samAuthCardFailed: 0x32,
  verifyFailed: 0x33,
  unknownCardType: 0x40,
  readFailed: 0x41,
  randomFailed: 0x47,
  samSelfTestFailed: 0x60,
  samUnauthorised: 0x66,
  noCard: 0x80,
  selectFailed: 0x81,
} as const;

export type StatusErrorCode =
  | 'idcard.command-checksum'
  | 'idcard.command-length'
  | 'idcard.command-invalid'
  | 'idcard.unauthorised'
  | 'idcard.reader-unrecognised-error'
  | 'idcard.card-auth-sam-failed'
  | 'idcard.sam-auth-card-failed'
  | 'idcard.verify-failed'
  | 'idcard.unknown-card-type'
  | 'idcard.read-failed'
  | 'idcard.random-failed'
  | 'idcard.sam-self-test-failed'
  | 'idcard.sam-unauthorised'
  | 'idcard.no-card'
  | 'idcard.select-failed'
  | 'idcard.no-content'
  | 'idcard.unknown-status';

interface StatusInfo {
  code: StatusErrorCode;
  meaning: string;
}

const statusTable: ReadonlyMap<number, StatusInfo> = new Map([
  [SW3.noContent, { code: 'idcard.no-content', meaning: 'card has no content for this item (证/卡中此项无内容)' }],
  [SW3.commandChecksum, { code: 'idcard.command-checksum', meaning: 'reader received a command with a bad checksum' }],
  [SW3.commandLength, { code: 'idcard.command-length', meaning: 'reader received a command with a bad length' }],
  [SW3.commandInvalid, { code: 'idcard.command-invalid', meaning: 'reader rejected the command (命令错误)' }],
  [SW3.unauthorised, { code: 'idcard.unauthorised', meaning: 'unauthorised operation (越权操作)' }],
  [SW3.unrecognised, { code: 'idcard.reader-unrecognised-error', meaning: 'reader reported an unrecognised error' }],
  [SW3.cardAuthSamFailed, { code: 'idcard.card-auth-sam-failed', meaning: 'card failed to authenticate the SAM (证/卡认证SAM失败)' }],
  [SW3.samAuthCardFailed, { code: 'idcard.sam-auth-card-failed', meaning: 'SAM failed to authenticate the card (SAM认证证/卡失败)' }],
  [SW3.verifyFailed, { code: 'idcard.verify-failed', meaning: 'information verification error (信息验证错误)' }],
  [SW3.unknownCardType, { code: 'idcard.unknown-card-type', meaning: 'unrecognised card type (无法识别的卡类型)' }],
  [SW3.readFailed, { code: 'idcard.read-failed', meaning: 'reading the card failed (读证/卡操作失败)' }],
  [SW3.randomFailed, { code: 'idcard.random-failed', meaning: 'get-random-number failed (取随机数失败)' }],
  [SW3.samSelfTestFailed, { code: 'idcard.sam-self-test-failed', meaning: 'SAM self-test failed (自检失败)' }],
  [SW3.samUnauthorised, { code: 'idcard.sam-unauthorised', meaning: 'SAM not authorised (未经授权)' }],
  [SW3.noCard, { code: 'idcard.no-card', meaning: 'no card in the field (寻找证/卡失败)' }],
  [SW3.selectFailed, { code: 'idcard.select-failed', meaning: 'selecting the card failed (选取证/卡失败)' }],
]);

/** The error code and meaning for a non-success SW3; unknown bytes get a generic code. */
export function describeStatus(sw3: number): StatusInfo {
  return (
    statusTable.get(sw3) ?? {
      code: 'idcard.unknown-status',
      meaning: `unknown SW3 0x${sw3.toString(16).padStart(2, '0')}`,
    }
  );
}
