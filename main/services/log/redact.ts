/** Keys whose values are personal data or secrets; matched case-insensitively on the key name. */
const sensitiveKey =
  /(name|idnumber|id_number|phone|mobile|address|password|secret|token|pin|photo|face|image|jpeg|birth|uscc|account|code|card|payload|document|body)/i;
/** Patterns that look like personal data wherever they appear in a string. */
const idNumberPattern = /\b\d{17}[\dXx]\b/g;
const phonePattern = /\b1[3-9]\d{9}\b/g;
const usccPattern = /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g;
const keep = new Set(['code', 'errorCode', 'statusCode']);

/** Returns a copy safe to log: sensitive keys masked, ID/phone/USCC-shaped substrings masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') {
    return value.replace(idNumberPattern, '[id]').replace(usccPattern, '[uscc]').replace(phonePattern, '[phone]');
  }
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message, depth + 1) };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = sensitiveKey.test(k) && !keep.has(k) && v !== null && v !== undefined ? '[redacted]' : redact(v, depth + 1);
    }
    return out;
  }
  return value;
}
