/**
 * How SAM frames ride in HID reports. No vendor-neutral mapping is public, so this is pluggable:
 * a vendor's framing is one object implementing this interface.
 */
export interface HidReportFraming {
  readonly name: string;
  /** Output reports for one SAM frame, each starting with its report ID as node-hid expects. */
  encode(frame: Buffer): Buffer[];
  /** The SAM-stream bytes carried by one input report (may be empty). */
  decode(report: Buffer): Buffer;
}

const REPORT_SIZE = 64;
const PAYLOAD_PER_REPORT = REPORT_SIZE - 1;

/**
 * The documented default ("length-prefixed-64"), for HID bridges that pass SAM frames through:
 * report ID 0, 64-byte reports, byte 0 = count of payload bytes (1–63), then the payload, zero
 * padded. Input reports use the same layout (without the report ID byte).
 */
export const lengthPrefixedFraming: HidReportFraming = {
  name: 'length-prefixed-64',
  encode(frame) {
    const reports: Buffer[] = [];
    for (let at = 0; at < frame.length; at += PAYLOAD_PER_REPORT) {
      const part = frame.subarray(at, at + PAYLOAD_PER_REPORT);
      const report = Buffer.alloc(1 + REPORT_SIZE);
      report[1] = part.length;
      part.copy(report, 2);
      reports.push(report);
    }
    return reports;
  },
  decode(report) {
    const count = Math.min(report[0] ?? 0, PAYLOAD_PER_REPORT, Math.max(0, report.length - 1));
    return Buffer.from(report.subarray(1, 1 + count));
  },
};
