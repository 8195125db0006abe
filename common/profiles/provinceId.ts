import { z } from 'zod';

export const provinceIds = ['jilin', 'tibet', 'xinjiang', 'fujian'] as const;
export type ProvinceId = (typeof provinceIds)[number];
// Pure: a bundle that only needs the names (the renderer's first script) leaves zod out.
export const provinceIdSchema = /* @__PURE__ */ z.enum(provinceIds);

export function isProvinceId(value: unknown): value is ProvinceId {
  return provinceIds.includes(value as ProvinceId);
}
