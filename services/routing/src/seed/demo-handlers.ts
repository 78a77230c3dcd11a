import type { AreaKind } from '@motcua/contracts';

export interface DemoHandler {
  tenant: string;
  /** Subject of a demo staff member (services/identity/src/seed/demo-staff.ts). */
  subject: string;
  displayName: string;
  agencyCode: string;
  fieldCodes: string[] | null;
  areaKind: AreaKind;
}

/**
 * The demo handler roster: the HANDLERs of each demo tenant, as the identity seed defines them
 * (same subject, name and agency), skilled in fields their agency decides in the catalog seed:
 * `demo.<tenant>.handler` at Sở Tư pháp (`000.00.01.Hxx`), and the handlers of the demo
 * inter-agency chain (land → tax → land registry): `land-officer` at the commune committee of
 * the demo branch's unit (`000.A0.01.Hxx`, land and construction), `tax-officer` at the tax office
 * (`000.00.10.Hxx`, every field: it decides none, it takes part in chains). demo-handlers.spec.ts
 * checks both seeds agree. All work in city centres, hence URBAN (1,600 dossiers a year).
 */
export const DEMO_HANDLERS: DemoHandler[] = [
  {
    tenant: 'hanoi',
    subject: 'demo.hanoi.handler',
    displayName: 'Trần Văn Minh',
    agencyCode: '000.00.01.H26',
    fieldCodes: ['G09-TP03', 'G09-TP05'],
    areaKind: 'URBAN',
  },
  {
    tenant: 'hcmc',
    subject: 'demo.hcmc.handler',
    displayName: 'Huỳnh Văn Phúc',
    agencyCode: '000.00.01.H29',
    fieldCodes: ['G09-TP03', 'G09-TP05'],
    areaKind: 'URBAN',
  },
  {
    tenant: 'quang-ninh',
    subject: 'demo.quang-ninh.handler',
    displayName: 'Đỗ Văn Hải',
    agencyCode: '000.00.01.H49',
    fieldCodes: ['G09-TP03', 'G09-TP05'],
    areaKind: 'URBAN',
  },
  {
    tenant: 'hanoi',
    subject: 'demo.hanoi.land-officer',
    displayName: 'Ngô Thị Phương',
    agencyCode: '000.A0.01.H26',
    fieldCodes: ['G09-NM01', 'G09-XD01'],
    areaKind: 'URBAN',
  },
  {
    tenant: 'hanoi',
    subject: 'demo.hanoi.tax-officer',
    displayName: 'Lý Văn Đức',
    agencyCode: '000.00.10.H26',
    fieldCodes: null,
    areaKind: 'URBAN',
  },
  {
    tenant: 'hcmc',
    subject: 'demo.hcmc.land-officer',
    displayName: 'Phan Thị Kim Oanh',
    agencyCode: '000.A0.01.H29',
    fieldCodes: ['G09-NM01', 'G09-XD01'],
    areaKind: 'URBAN',
  },
  {
    tenant: 'hcmc',
    subject: 'demo.hcmc.tax-officer',
    displayName: 'Lâm Quốc Bảo',
    agencyCode: '000.00.10.H29',
    fieldCodes: null,
    areaKind: 'URBAN',
  },
  {
    tenant: 'quang-ninh',
    subject: 'demo.quang-ninh.land-officer',
    displayName: 'Đinh Văn Tùng',
    agencyCode: '000.A0.01.H49',
    fieldCodes: ['G09-NM01', 'G09-XD01'],
    areaKind: 'URBAN',
  },
  {
    tenant: 'quang-ninh',
    subject: 'demo.quang-ninh.tax-officer',
    displayName: 'Mai Thị Thảo',
    agencyCode: '000.00.10.H49',
    fieldCodes: null,
    areaKind: 'URBAN',
  },
];
