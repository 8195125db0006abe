/** Keys whose values are personal data or secrets; matched case-insensitively on the key name. */
const sensitiveKey =
  /(name|idnumber|id_number|phone|mobile|address|password|secret|token|pin|photo|face|image|jpeg|birth|uscc|account|code|card|payload|document|body|residence|domicile|nation|ethnic|sex|gender|permit|issuingauthority|email)/i;
/** Patterns that look like personal data wherever they appear in a string. */
// Bounded by non-digits rather than \b, so `tel13812345678` and `+8613812345678` are caught too.
const idNumberPattern = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g;
const phonePattern = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g;
const usccPattern = /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g;
const keep = new Set(['code', 'errorCode', 'statusCode']);
/** A `code` that is only digits is an SMS or verification code (`{ code: '483920' }`), not an error code. */
const secretCode = /^\d{4,8}$/;

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
      const sensitive = sensitiveKey.test(k) && (!keep.has(k) || (k === 'code' && secretCode.test(String(v))));
      out[k] = sensitive && v !== null && v !== undefined ? '[redacted]' : redact(v, depth + 1);
    }
    return out;
  }
  return value;
}
