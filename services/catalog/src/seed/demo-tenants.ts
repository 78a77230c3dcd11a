import type { Tenant } from '@motcua/contracts';

/**
 * Demo tenants (DOMAIN §1). Agency codes follow QCVN 102: `000.00.00.H26` is the Hanoi People's
 * Committee. Hanoi H26 and HCMC H29 are [P] (seen in provincial systems), Quang Ninh H49 is [C].
 *
 * Tenants are effective-dated like their province units (validFrom = the province unit's). Former
 * Binh Duong and Ba Ria–Vung Tau were merged into Ho Chi Minh City on 2025-07-01 and are served
 * as regions of the `hcmc` tenant; Binh Duong's pre-merger units (province `74`, its districts
 * and wards) stay readable in that tenant through `DEMO_UNITS`. Binh Duong is not a tenant row of
 * its own: its agency code is unconfirmed ([?] in DOMAIN) and its history lives in `hcmc`; a
 * former tenant would carry `validTo` and `successorId: 'hcmc'`.
 */
const VIETNAM = { timeZone: 'Asia/Ho_Chi_Minh', settings: { defaultLocale: 'vi' as const } };

export const DEMO_TENANTS: Tenant[] = [
  {
    id: 'hanoi',
    name: 'Thành phố Hà Nội',
    statisticsCode: '01',
    agencyCode: '000.00.00.H26',
    regions: [],
    ...VIETNAM,
    // Hanoi's boundary since the merger of Ha Tay province (as unit 01).
    validFrom: '2008-08-01',
    validTo: null,
    successorId: null,
  },
  {
    id: 'hcmc',
    name: 'Thành phố Hồ Chí Minh',
    statisticsCode: '79',
    agencyCode: '000.00.00.H29',
    regions: [
      { code: 'binh-duong', name: 'Bình Dương', validFrom: '2025-07-01', validTo: null },
      {
        code: 'ba-ria-vung-tau',
        name: 'Bà Rịa – Vũng Tàu',
        validFrom: '2025-07-01',
        validTo: null,
      },
    ],
    ...VIETNAM,
    validFrom: '1976-07-02',
    validTo: null,
    successorId: null,
  },
  {
    id: 'quang-ninh',
    name: 'Tỉnh Quảng Ninh',
    statisticsCode: '22',
    agencyCode: '000.00.00.H49',
    regions: [],
    ...VIETNAM,
    validFrom: '1963-10-30',
    validTo: null,
    successorId: null,
  },
];
