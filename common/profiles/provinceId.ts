import { z } from 'zod';

export const provinceIds = ['jilin', 'tibet', 'xinjiang', 'fujian'] as const;
export const provinceIdSchema = z.enum(provinceIds);
export type ProvinceId = z.infer<typeof provinceIdSchema>;
