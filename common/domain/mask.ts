/** 13800000000 → 138****0000: what a citizen sees of a reserved phone before an SMS is sent. */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** Keeps the first 3 and last 4 characters, hiding the region detail and the birth date. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 3) + '*'.repeat(idNumber.length - 7) + idNumber.slice(-4);
}

/** 张三 → 张*, 阿依古丽·买买提 → 阿*******: only the first character stays. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** 91220101MA0Y1JK2XY → 912***********K2XY: enough to recognise, not to reuse. */
export function maskUscc(uscc: string): string {
  return uscc.length < 8 ? '*'.repeat(uscc.length) : uscc.slice(0, 3) + '*'.repeat(uscc.length - 7) + uscc.slice(-4);
}

/** An enterprise name keeps its first two and last two characters: 吉林******公司. */
export function maskEnterpriseName(name: string): string {
  const chars = [...name];
  if (chars.length <= 4) return maskName(name);
  return chars.slice(0, 2).join('') + '*'.repeat(chars.length - 4) + chars.slice(-2).join('');
}
