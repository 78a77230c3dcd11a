/**
 * Demo routing rules (DOMAIN §6): ordered data, per tenant, first match wins; a lower priority
 * number is checked first. A rule matches a dossier when every criterion it sets holds (a list
 * criterion holds when the dossier's value is in the list). A dossier that no rule matches is held
 * for a supervisor, never dropped.
 *
 * - Province-level procedures go to the competent department, by field or by procedure code.
 * - Commune-level procedures go to JURISDICTION_COMMITTEE: the People's Committee of the dossier's
 *   jurisdiction commune (applicant's residence, parcel location, business address), never the
 *   receiving branch.
 *
 * Agency codes are plain strings here (services never import each other); they must match the
 * catalog seed (services/catalog/src/seed/demo-agencies.ts) — demo-routing-rules.spec.ts checks it.
 * Department ordinals in that seed: 01 Tư pháp, 02 Tài chính, 03 Xây dựng, 04 Nông nghiệp và Môi
 * trường, 05 Y tế, 06 Giáo dục và Đào tạo, 07 Công Thương; 08 Ban Quản lý Khu kinh tế (Quảng Ninh).
 *
 * The procedures are the national demo dataset (services/catalog/src/seed/data/procedures.json),
 * the same list in every tenant; demo-routing-rules.spec.ts checks that every one of them is routed
 * in every tenant except the three below.
 *
 * Stand-ins, because the agency seed has no such agency (to fix in demo-agencies.ts, then here):
 * - G09-NV01 Lao động, việc làm belongs to Sở Nội vụ since 1 Mar 2025; routed to Sở Y tế (05), the
 *   other heir of the former Sở Lao động - Thương binh và Xã hội.
 * - G09-CA01 Đăng ký, quản lý cư trú is decided by the commune police (Công an cấp xã); routed to
 *   JURISDICTION_COMMITTEE like the other commune-level fields.
 *
 * DELIBERATELY UNMATCHED (to demonstrate "held for a supervisor"), one per tenant:
 *   hanoi      1.001776 trợ cấp xã hội hằng tháng (no field rule for G09-YT02 Bảo trợ xã hội; the
 *              other procedures of that field are routed by code)
 *   hcmc       1.010727 giấy phép môi trường      (no rule for field G09-NM02 Môi trường)
 *   quang-ninh 2.000633 bán buôn sản phẩm rượu    (no rule for field G09-CT01 Lưu thông hàng hóa)
 *
 * [?] Judicial record certificates (2.000488) go to Sở Tư pháp here; public sources indicate the
 * provincial police issue them since 1 Jul 2025 — to be confirmed before real use.
 */
import type { Channel } from '@motcua/contracts';

export interface RoutingRuleSeed {
  id: string;
  tenant: string;
  priority: number;
  match: {
    procedureCodes?: string[];
    fieldCodes?: string[];
    level?: 'PROVINCE' | 'COMMUNE' | 'CENTRAL';
    channels?: Channel[];
    /** The dossier's jurisdiction unit or any unit above it. */
    jurisdictionUnitCodes?: string[];
  };
  target: { kind: 'AGENCY'; agencyCode: string } | { kind: 'JURISDICTION_COMMITTEE' };
  validFrom: string;
}

const FROM = '2025-07-01';

export const DEMO_ROUTING_RULES: RoutingRuleSeed[] = [
  // ---------------- hanoi ----------------
  {
    id: 'hanoi-010-judicial-record',
    tenant: 'hanoi',
    priority: 10,
    match: { procedureCodes: ['2.000488'] },
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-015-legal-aid',
    tenant: 'hanoi',
    priority: 15,
    match: { fieldCodes: ['G09-TP05'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-020-enterprise',
    tenant: 'hanoi',
    priority: 20,
    match: { fieldCodes: ['G09-TC01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.02.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-030-construction',
    tenant: 'hanoi',
    priority: 30,
    match: { fieldCodes: ['G09-XD01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.03.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-035-road-transport',
    tenant: 'hanoi',
    priority: 35,
    match: { fieldCodes: ['G09-XD02'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.03.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-040-environment',
    tenant: 'hanoi',
    priority: 40,
    match: { fieldCodes: ['G09-NM02'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.04.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-045-land',
    tenant: 'hanoi',
    priority: 45,
    match: { fieldCodes: ['G09-NM01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.04.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-050-food-safety',
    tenant: 'hanoi',
    priority: 50,
    match: { fieldCodes: ['G09-YT01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-055-medical',
    tenant: 'hanoi',
    priority: 55,
    match: { fieldCodes: ['G09-YT03'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-060-diplomas',
    tenant: 'hanoi',
    priority: 60,
    match: { fieldCodes: ['G09-GD01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.06.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-070-domestic-trade',
    tenant: 'hanoi',
    priority: 70,
    match: { fieldCodes: ['G09-CT01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.07.H26' },
    validFrom: FROM,
  },
  // Stand-in: Sở Nội vụ is not in the agency seed (see the header).
  {
    id: 'hanoi-080-labour',
    tenant: 'hanoi',
    priority: 80,
    match: { fieldCodes: ['G09-NV01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H26' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-100-civil-status-certification',
    tenant: 'hanoi',
    priority: 100,
    match: { fieldCodes: ['G09-TP01', 'G09-TP02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  // Stand-in: the commune police decide residence procedures (see the header).
  {
    id: 'hanoi-105-residence',
    tenant: 'hanoi',
    priority: 105,
    match: { fieldCodes: ['G09-CA01'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-110-household-business',
    tenant: 'hanoi',
    priority: 110,
    match: { fieldCodes: ['G09-TC02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-120-construction-land',
    tenant: 'hanoi',
    priority: 120,
    match: { fieldCodes: ['G09-XD01', 'G09-NM01'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  // Social protection by code: 1.001776 stays deliberately unmatched in hanoi.
  {
    id: 'hanoi-130-social-protection-by-code',
    tenant: 'hanoi',
    priority: 130,
    match: {
      procedureCodes: ['1.001699', '1.001653', '1.001731', '1.014027', '1.014028', '2.000286'],
      level: 'COMMUNE',
    },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hanoi-140-other-commune-fields',
    tenant: 'hanoi',
    priority: 140,
    match: { fieldCodes: ['G09-TP04', 'G09-GD02', 'G09-NV02', 'G09-CT02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },

  // ---------------- hcmc ----------------
  {
    id: 'hcmc-010-judicial-record',
    tenant: 'hcmc',
    priority: 10,
    match: { procedureCodes: ['2.000488'] },
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-015-legal-aid',
    tenant: 'hcmc',
    priority: 15,
    match: { fieldCodes: ['G09-TP05'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-020-enterprise',
    tenant: 'hcmc',
    priority: 20,
    match: { fieldCodes: ['G09-TC01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.02.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-030-construction',
    tenant: 'hcmc',
    priority: 30,
    match: { fieldCodes: ['G09-XD01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.03.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-035-road-transport',
    tenant: 'hcmc',
    priority: 35,
    match: { fieldCodes: ['G09-XD02'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.03.H29' },
    validFrom: FROM,
  },
  // (no rule for G09-NM02 Môi trường: 1.010727 is held for a supervisor)
  {
    id: 'hcmc-045-land',
    tenant: 'hcmc',
    priority: 45,
    match: { fieldCodes: ['G09-NM01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.04.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-050-food-safety',
    tenant: 'hcmc',
    priority: 50,
    match: { fieldCodes: ['G09-YT01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-055-medical',
    tenant: 'hcmc',
    priority: 55,
    match: { fieldCodes: ['G09-YT03'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-060-diplomas',
    tenant: 'hcmc',
    priority: 60,
    match: { fieldCodes: ['G09-GD01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.06.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-070-domestic-trade',
    tenant: 'hcmc',
    priority: 70,
    match: { fieldCodes: ['G09-CT01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.07.H29' },
    validFrom: FROM,
  },
  // Stand-in: Sở Nội vụ is not in the agency seed (see the header).
  {
    id: 'hcmc-080-labour',
    tenant: 'hcmc',
    priority: 80,
    match: { fieldCodes: ['G09-NV01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H29' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-100-civil-status-certification',
    tenant: 'hcmc',
    priority: 100,
    match: { fieldCodes: ['G09-TP01', 'G09-TP02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  // Stand-in: the commune police decide residence procedures (see the header).
  {
    id: 'hcmc-105-residence',
    tenant: 'hcmc',
    priority: 105,
    match: { fieldCodes: ['G09-CA01'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-110-household-business',
    tenant: 'hcmc',
    priority: 110,
    match: { fieldCodes: ['G09-TC02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-120-construction-land',
    tenant: 'hcmc',
    priority: 120,
    match: { fieldCodes: ['G09-XD01', 'G09-NM01'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-130-social-protection',
    tenant: 'hcmc',
    priority: 130,
    match: { fieldCodes: ['G09-YT02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'hcmc-140-other-commune-fields',
    tenant: 'hcmc',
    priority: 140,
    match: { fieldCodes: ['G09-TP04', 'G09-GD02', 'G09-NV02', 'G09-CT02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },

  // ---------------- quang-ninh ----------------
  {
    id: 'quang-ninh-010-judicial-record',
    tenant: 'quang-ninh',
    priority: 10,
    match: { procedureCodes: ['2.000488'] },
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-015-legal-aid',
    tenant: 'quang-ninh',
    priority: 15,
    match: { fieldCodes: ['G09-TP05'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-020-enterprise',
    tenant: 'quang-ninh',
    priority: 20,
    match: { fieldCodes: ['G09-TC01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.02.H49' },
    validFrom: FROM,
  },
  // Inside the Van Don economic zone, construction permits for works are issued by the economic
  // zone management board: this jurisdiction-specific rule must come before the general one.
  {
    id: 'quang-ninh-025-van-don-building-permit',
    tenant: 'quang-ninh',
    priority: 25,
    match: { procedureCodes: ['1.009974'], jurisdictionUnitCodes: ['07192'] },
    target: { kind: 'AGENCY', agencyCode: '000.00.08.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-030-construction',
    tenant: 'quang-ninh',
    priority: 30,
    match: { fieldCodes: ['G09-XD01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.03.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-035-road-transport',
    tenant: 'quang-ninh',
    priority: 35,
    match: { fieldCodes: ['G09-XD02'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.03.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-040-environment',
    tenant: 'quang-ninh',
    priority: 40,
    match: { fieldCodes: ['G09-NM02'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.04.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-045-land',
    tenant: 'quang-ninh',
    priority: 45,
    match: { fieldCodes: ['G09-NM01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.04.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-050-food-safety',
    tenant: 'quang-ninh',
    priority: 50,
    match: { fieldCodes: ['G09-YT01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-055-medical',
    tenant: 'quang-ninh',
    priority: 55,
    match: { fieldCodes: ['G09-YT03'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H49' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-060-diplomas',
    tenant: 'quang-ninh',
    priority: 60,
    match: { fieldCodes: ['G09-GD01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.06.H49' },
    validFrom: FROM,
  },
  // Stand-in: Sở Nội vụ is not in the agency seed (see the header).
  {
    id: 'quang-ninh-080-labour',
    tenant: 'quang-ninh',
    priority: 80,
    match: { fieldCodes: ['G09-NV01'], level: 'PROVINCE' },
    target: { kind: 'AGENCY', agencyCode: '000.00.05.H49' },
    validFrom: FROM,
  },
  // (no rule for G09-CT01 Lưu thông hàng hóa trong nước: 2.000633 is held for a supervisor)
  {
    id: 'quang-ninh-100-civil-status-certification',
    tenant: 'quang-ninh',
    priority: 100,
    match: { fieldCodes: ['G09-TP01', 'G09-TP02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  // Stand-in: the commune police decide residence procedures (see the header).
  {
    id: 'quang-ninh-105-residence',
    tenant: 'quang-ninh',
    priority: 105,
    match: { fieldCodes: ['G09-CA01'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-110-household-business',
    tenant: 'quang-ninh',
    priority: 110,
    match: { fieldCodes: ['G09-TC02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-120-construction-land',
    tenant: 'quang-ninh',
    priority: 120,
    match: { fieldCodes: ['G09-XD01', 'G09-NM01'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-130-social-protection',
    tenant: 'quang-ninh',
    priority: 130,
    match: { fieldCodes: ['G09-YT02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
  {
    id: 'quang-ninh-140-other-commune-fields',
    tenant: 'quang-ninh',
    priority: 140,
    match: { fieldCodes: ['G09-TP04', 'G09-GD02', 'G09-NV02', 'G09-CT02'], level: 'COMMUNE' },
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: FROM,
  },
];
