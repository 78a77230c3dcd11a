import { StaffRole } from '@motcua/contracts';

export interface DemoStaffMember {
  tenant: string;
  /** Account id at the tenant's realm (the local IdP's `sub` is the username). */
  subject: string;
  displayName: string;
  roles: StaffRole[];
  branchId: string | null;
  agencyCode: string | null;
}

interface TenantStaffFrame {
  tenant: string;
  /** A branch of the tenant in the catalog's demo seed (services never import each other). */
  branchId: string;
  /** A department of the tenant in the catalog's demo seed (Sở Tư pháp). */
  departmentCode: string;
  names: { receiver: string; handler: string; supervisor: string; admin: string };
}

function tenantStaff(f: TenantStaffFrame): DemoStaffMember[] {
  const member = (
    role: string,
    displayName: string,
    roles: StaffRole[],
    branchId: string | null,
    agencyCode: string | null,
  ): DemoStaffMember => ({
    tenant: f.tenant,
    subject: `demo.${f.tenant}.${role}`,
    displayName,
    roles,
    branchId,
    agencyCode,
  });
  return [
    member('receiver', f.names.receiver, [StaffRole.Receiver], f.branchId, null),
    member('handler', f.names.handler, [StaffRole.Handler], null, f.departmentCode),
    member(
      'supervisor',
      f.names.supervisor,
      [StaffRole.Supervisor, StaffRole.Receiver],
      f.branchId,
      null,
    ),
    member('admin', f.names.admin, [StaffRole.TenantAdmin], null, null),
  ];
}

/** Four demo staff per seed tenant: `demo.<tenant>.receiver|handler|supervisor|admin`. */
export const DEMO_STAFF: DemoStaffMember[] = [
  ...tenantStaff({
    tenant: 'hanoi',
    branchId: 'hn-ba-dinh',
    departmentCode: '000.00.01.H26',
    names: {
      receiver: 'Nguyễn Thị Thu Hà',
      handler: 'Trần Văn Minh',
      supervisor: 'Lê Thị Hồng Nhung',
      admin: 'Phạm Quốc Tuấn',
    },
  }),
  ...tenantStaff({
    tenant: 'hcmc',
    branchId: 'hcm-trung-tam',
    departmentCode: '000.00.01.H29',
    names: {
      receiver: 'Võ Thị Ngọc Trâm',
      handler: 'Huỳnh Văn Phúc',
      supervisor: 'Trương Thị Mỹ Linh',
      admin: 'Đặng Minh Khoa',
    },
  }),
  ...tenantStaff({
    tenant: 'quang-ninh',
    branchId: 'qn-trung-tam',
    departmentCode: '000.00.01.H49',
    names: {
      receiver: 'Vũ Thị Thanh Hương',
      handler: 'Đỗ Văn Hải',
      supervisor: 'Bùi Thị Lan Anh',
      admin: 'Hoàng Đức Thắng',
    },
  }),
];
