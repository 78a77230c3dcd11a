import type { Tenant } from '@motcua/contracts';

/**
 * Demo tenants (DOMAIN §1). Agency codes follow QCVN 102: `000.00.00.H26` is the Hanoi People's
 * Committee. Hanoi H26 and HCMC H29 are [P] (seen in provincial systems), Quang Ninh H49 is [C].
 *
 * Former Binh Duong and Ba Ria–Vung Tau were merged into Ho Chi Minh City on 2025-07-01 and are
 * served as regions of the `hcmc` tenant; Binh Duong's pre-merger history (province unit `74`)
 * stays readable through `DEMO_UNITS`.
 */
export const DEMO_TENANTS: Tenant[] = [
  {
    id: 'hanoi',
    name: 'Thành phố Hà Nội',
    statisticsCode: '01',
    agencyCode: '000.00.00.H26',
    regions: [],
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
  },
  {
    id: 'quang-ninh',
    name: 'Tỉnh Quảng Ninh',
    statisticsCode: '22',
    agencyCode: '000.00.00.H49',
    regions: [],
  },
];
