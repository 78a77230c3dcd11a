import { StaffRole } from '@motcua/contracts';

export interface DemoStaffMember {
  tenant: string;
  /** Account id at the tenant's realm (the local IdP's `sub` is the username). */
  subject: string;
  displayName: string;
  roles: StaffRole[];
  branchIds: string[];
  agencyCodes: string[];
}

interface TenantStaffFrame {
  tenant: string;
  /** A branch of the tenant in the catalog's demo seed (services never import each other). */
  branchId: string;
  /** A department of the tenant in the catalog's demo seed (Sở Tư pháp). */
  departmentCode: string;
  /**
   * The agencies of the demo inter-agency chain (catalog seed demo-chains.ts: land → tax → land
   * registry): the commune committee of the branch's unit, and the province's tax office.
   */
  communeCommitteeCode: string;
  taxOfficeCode: string;
  names: {
    receiver: string;
    handler: string;
    supervisor: string;
    admin: string;
    landOfficer: string;
    taxOfficer: string;
    /** Head of the department the demo handler works in. */
    approver: string;
    auditor: string;
  };
}

function tenantStaff(f: TenantStaffFrame): DemoStaffMember[] {
  const member = (
    role: string,
    displayName: string,
    roles: StaffRole[],
    units: { branchIds?: string[]; agencyCodes?: string[] } = {},
  ): DemoStaffMember => ({
    tenant: f.tenant,
    subject: `demo.${f.tenant}.${role}`,
    displayName,
    roles,
    branchIds: units.branchIds ?? [],
    agencyCodes: units.agencyCodes ?? [],
  });
  const branch = { branchIds: [f.branchId] };
  return [
    member('receiver', f.names.receiver, [StaffRole.Receiver], branch),
    member('handler', f.names.handler, [StaffRole.Handler], { agencyCodes: [f.departmentCode] }),
    member('supervisor', f.names.supervisor, [StaffRole.Supervisor, StaffRole.Receiver], branch),
    member('admin', f.names.admin, [StaffRole.TenantAdmin]),
    member('land-officer', f.names.landOfficer, [StaffRole.Handler], {
      agencyCodes: [f.communeCommitteeCode],
    }),
    member('tax-officer', f.names.taxOfficer, [StaffRole.Handler], {
      agencyCodes: [f.taxOfficeCode],
    }),
    member('approver', f.names.approver, [StaffRole.Approver], {
      agencyCodes: [f.departmentCode],
    }),
    member('auditor', f.names.auditor, [StaffRole.Auditor]),
  ];
}

/**
 * Eight demo staff per seed tenant, so the demo shows every role:
 * `demo.<tenant>.receiver|handler|supervisor|admin`, the handlers of the inter-agency chain's
 * agencies `demo.<tenant>.land-officer|tax-officer`, the head of the demo handler's department
 * `demo.<tenant>.approver` and `demo.<tenant>.auditor`.
 */
export const DEMO_STAFF: DemoStaffMember[] = [
  ...tenantStaff({
    tenant: 'hanoi',
    branchId: 'hn-ba-dinh',
    departmentCode: '000.00.01.H26',
    communeCommitteeCode: '000.A0.01.H26',
    taxOfficeCode: '000.00.10.H26',
    names: {
      receiver: 'Nguyễn Thị Thu Hà',
      handler: 'Trần Văn Minh',
      supervisor: 'Lê Thị Hồng Nhung',
      admin: 'Phạm Quốc Tuấn',
      landOfficer: 'Ngô Thị Phương',
      taxOfficer: 'Lý Văn Đức',
      approver: 'Nguyễn Văn Khánh',
      auditor: 'Trịnh Thị Mai',
    },
  }),
  ...tenantStaff({
    tenant: 'hcmc',
    branchId: 'hcm-trung-tam',
    departmentCode: '000.00.01.H29',
    communeCommitteeCode: '000.A0.01.H29',
    taxOfficeCode: '000.00.10.H29',
    names: {
      receiver: 'Võ Thị Ngọc Trâm',
      handler: 'Huỳnh Văn Phúc',
      supervisor: 'Trương Thị Mỹ Linh',
      admin: 'Đặng Minh Khoa',
      landOfficer: 'Phan Thị Kim Oanh',
      taxOfficer: 'Lâm Quốc Bảo',
      approver: 'Lưu Thị Bích Ngọc',
      auditor: 'Tạ Văn Sơn',
    },
  }),
  ...tenantStaff({
    tenant: 'quang-ninh',
    branchId: 'qn-trung-tam',
    departmentCode: '000.00.01.H49',
    communeCommitteeCode: '000.A0.01.H49',
    taxOfficeCode: '000.00.10.H49',
    names: {
      receiver: 'Vũ Thị Thanh Hương',
      handler: 'Đỗ Văn Hải',
      supervisor: 'Bùi Thị Lan Anh',
      admin: 'Hoàng Đức Thắng',
      landOfficer: 'Đinh Văn Tùng',
      taxOfficer: 'Mai Thị Thảo',
      approver: 'Cao Văn Lâm',
      auditor: 'Kiều Thị Yến',
    },
  }),
];
