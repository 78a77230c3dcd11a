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
 * The demo handler roster: the HANDLER of each demo tenant, as the identity seed defines them
 * (same subject, name and agency: Sở Tư pháp, `000.00.01.Hxx`), skilled in the fields that
 * department decides in the catalog seed. demo-handlers.spec.ts checks both seeds agree. The
 * three sit in provincial departments in city centres, hence URBAN (1,600 dossiers a year).
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
];
