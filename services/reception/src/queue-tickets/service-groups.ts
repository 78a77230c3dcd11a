import { DomainError, ErrorCode } from '@motcua/contracts';

export interface ServiceGroup {
  code: string;
  name: string;
}

/**
 * The kiosk's service groups. One fixed list for every tenant and branch, rather than one derived
 * from the procedure fields a branch offers: a kiosk shows a handful of big buttons, and centres
 * group their counters this way whatever the catalog says (see docs/queue-tickets.md).
 */
export const SERVICE_GROUPS: readonly ServiceGroup[] = [
  { code: 'A', name: 'Tư pháp – Hộ tịch' },
  { code: 'B', name: 'Đất đai – Xây dựng' },
  { code: 'C', name: 'Đăng ký kinh doanh – Đầu tư' },
  { code: 'D', name: 'Lao động – Xã hội – Y tế' },
  { code: 'E', name: 'Nhận kết quả – Thủ tục khác' },
];

/** The group of `code`, or BAD_REQUEST listing the known ones. */
export function serviceGroupOf(code: string): ServiceGroup {
  const group = SERVICE_GROUPS.find((g) => g.code === code);
  if (!group)
    throw new DomainError(
      ErrorCode.BadRequest,
      `unknown service group ${code}; the groups are ${SERVICE_GROUPS.map((g) => g.code).join(', ')}`,
    );
  return group;
}
