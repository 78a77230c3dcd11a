import type { AdministrativeUnit } from '@motcua/contracts';

/**
 * Demo administrative units after the two-tier reorganization of 1 Jul 2025 (no district level:
 * communes, wards and special zones sit directly under the province).
 *
 * Codes: provinces use their 2-digit statistics code; commune-level units use 5-digit codes in the
 * style of the national administrative unit code list. The unit NAMES are real post-2025 units;
 * the 5-digit CODES are plausible (each reuses a code of one of the merged former wards/communes,
 * as the national list does) but were NOT checked against the official list: do not use them as
 * reference data outside the demo.
 *
 * A unit code is unique within its tenant across all validity periods (catalog.unit.get takes only
 * a code), so a former unit whose code was reused by its successor is not listed separately.
 */

const TWO_TIER_FROM = '2025-07-01';
/** Earliest date this demo tracks for pre-2025 units (not a legal founding date). */
const HISTORY_FROM = '1997-01-01';
const MERGED_ON_LAST_DAY = '2025-06-30';

function commune(
  tenant: string,
  code: string,
  name: string,
  parentCode: string,
  region: string | null = null,
): AdministrativeUnit {
  return {
    code,
    tenant,
    name,
    level: 'COMMUNE',
    parentCode,
    region,
    validFrom: TWO_TIER_FROM,
    validTo: null,
    successorCode: null,
  };
}

export const DEMO_UNITS: AdministrativeUnit[] = [
  // ---- Hanoi (126 commune-level units since 2025-07-01) ----
  // validFrom: 2008-08-01, Hanoi's boundary since the merger of Ha Tay province.
  {
    code: '01',
    tenant: 'hanoi',
    name: 'Thành phố Hà Nội',
    level: 'PROVINCE',
    parentCode: null,
    region: null,
    validFrom: '2008-08-01',
    validTo: null,
    successorCode: null,
  },
  commune('hanoi', '00004', 'Phường Ba Đình', '01'),
  commune('hanoi', '00070', 'Phường Hoàn Kiếm', '01'),
  commune('hanoi', '00166', 'Phường Cầu Giấy', '01'),
  commune('hanoi', '09552', 'Phường Hà Đông', '01'),
  commune('hanoi', '09886', 'Xã Hoài Đức', '01'),
  commune('hanoi', '09022', 'Xã Mê Linh', '01'),

  // ---- Ho Chi Minh City (168 commune-level units since 2025-07-01) ----
  // The unit 79 keeps its code across the 2025 merger; validFrom is the city's naming (2 Jul 1976).
  {
    code: '79',
    tenant: 'hcmc',
    name: 'Thành phố Hồ Chí Minh',
    level: 'PROVINCE',
    parentCode: null,
    region: null,
    validFrom: '1976-07-02',
    validTo: null,
    successorCode: null,
  },
  commune('hcmc', '26740', 'Phường Sài Gòn', '79'),
  commune('hcmc', '26743', 'Phường Bến Thành', '79'),
  commune('hcmc', '25747', 'Phường Thủ Dầu Một', '79', 'binh-duong'),
  commune('hcmc', '25942', 'Phường Dĩ An', '79', 'binh-duong'),
  commune('hcmc', '26506', 'Phường Vũng Tàu', '79', 'ba-ria-vung-tau'),

  // ---- Binh Duong history (read-only: dossiers received before 2025-07-01 keep these units) ----
  // Binh Duong province was re-established on 1 Jan 1997; merged into HCMC on 1 Jul 2025.
  {
    code: '74',
    tenant: 'hcmc',
    name: 'Tỉnh Bình Dương',
    level: 'PROVINCE',
    parentCode: null,
    region: 'binh-duong',
    validFrom: HISTORY_FROM,
    validTo: MERGED_ON_LAST_DAY,
    successorCode: '79',
  },
  // Former wards of Thu Dau Mot city, merged into phường Thủ Dầu Một (which reuses the code of the
  // former phường Phú Cường, 25747). Their parent is the former province: the district level
  // (thành phố Thủ Dầu Một) is not modelled.
  {
    code: '25756',
    tenant: 'hcmc',
    name: 'Phường Chánh Nghĩa (thành phố Thủ Dầu Một, tỉnh Bình Dương cũ)',
    level: 'COMMUNE',
    parentCode: '74',
    region: 'binh-duong',
    validFrom: HISTORY_FROM,
    validTo: MERGED_ON_LAST_DAY,
    successorCode: '25747',
  },
  {
    code: '25753',
    tenant: 'hcmc',
    name: 'Phường Phú Thọ (thành phố Thủ Dầu Một, tỉnh Bình Dương cũ)',
    level: 'COMMUNE',
    parentCode: '74',
    region: 'binh-duong',
    validFrom: HISTORY_FROM,
    validTo: MERGED_ON_LAST_DAY,
    successorCode: '25747',
  },

  // ---- Quang Ninh (54 commune-level units since 2025-07-01, incl. the special zones) ----
  // validFrom: Quang Ninh province was established on 30 Oct 1963.
  {
    code: '22',
    tenant: 'quang-ninh',
    name: 'Tỉnh Quảng Ninh',
    level: 'PROVINCE',
    parentCode: null,
    region: null,
    validFrom: '1963-10-30',
    validTo: null,
    successorCode: null,
  },
  commune('quang-ninh', '06700', 'Phường Hạ Long', '22'),
  commune('quang-ninh', '06676', 'Phường Bãi Cháy', '22'),
  commune('quang-ninh', '06715', 'Phường Móng Cái 1', '22'),
  commune('quang-ninh', '06793', 'Phường Cẩm Phả', '22'),
  commune('quang-ninh', '06832', 'Phường Uông Bí', '22'),
  // A special zone (đặc khu) is a commune-level unit under the two-tier model.
  commune('quang-ninh', '07192', 'Đặc khu Vân Đồn', '22'),
];
