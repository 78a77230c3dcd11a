import type { AdministrativeUnit } from '@motcua/contracts';

/**
 * Demo administrative units, before and after the two-tier reorganization of 1 Jul 2025 (no
 * district level since: communes, wards and special zones sit directly under the province).
 *
 * Codes are national statistics codes: 2 digits for provinces, 3 for districts, 5 for communes.
 * The post-2025 unit NAMES are real; their 5-digit CODES are plausible (each reuses the code of
 * one of the merged former units, as the national list does) but were NOT checked against the
 * official list. The former districts and wards and their codes follow the pre-2025 national list;
 * which former ward went to which new one follows Resolutions 1656 and 1685/NQ-UBTVQH15 (2025) as
 * summarised in public old→new mappings. Check before using any of it as reference data.
 *
 * A unit code is unique within its tenant across all validity periods (catalog.unit.get takes only
 * a code), so a former unit whose code was reused by its successor is not listed separately.
 * Former wards point to their successors (the main one first; several when the ward was split);
 * former districts have none: the level was abolished and its wards carry the links.
 */

const TWO_TIER_FROM = '2025-07-01';
/** Earliest date this demo tracks for pre-2025 units (not a legal founding date). */
const HISTORY_FROM = '1997-01-01';
/** Hanoi's pre-2025 units are tracked from its boundary of 2008 (the merger of Ha Tay). */
const HANOI_FROM = '2008-08-01';
const LAST_DAY_BEFORE_TWO_TIER = '2025-06-30';

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
    successorCodes: [],
  };
}

/** A district that ended with the district level on 2025-06-30. */
function formerDistrict(
  tenant: string,
  code: string,
  name: string,
  parentCode: string,
  validFrom: string,
  region: string | null = null,
): AdministrativeUnit {
  return {
    code,
    tenant,
    name,
    level: 'DISTRICT',
    parentCode,
    region,
    validFrom,
    validTo: LAST_DAY_BEFORE_TWO_TIER,
    successorCode: null,
    successorCodes: [],
  };
}

/** A ward merged (one successor) or split (several, the main one first) on 2025-07-01. */
function formerWard(
  tenant: string,
  code: string,
  name: string,
  parentCode: string,
  validFrom: string,
  successorCodes: [string, ...string[]],
  region: string | null = null,
): AdministrativeUnit {
  return {
    code,
    tenant,
    name,
    level: 'COMMUNE',
    parentCode,
    region,
    validFrom,
    validTo: LAST_DAY_BEFORE_TWO_TIER,
    successorCode: successorCodes[0],
    successorCodes,
  };
}

export const DEMO_UNITS: AdministrativeUnit[] = [
  // ---- Hanoi (126 commune-level units since 2025-07-01) ----
  {
    code: '01',
    tenant: 'hanoi',
    name: 'Thành phố Hà Nội',
    level: 'PROVINCE',
    parentCode: null,
    region: null,
    validFrom: HANOI_FROM,
    validTo: null,
    successorCode: null,
    successorCodes: [],
  },
  commune('hanoi', '00004', 'Phường Ba Đình', '01'),
  commune('hanoi', '00070', 'Phường Hoàn Kiếm', '01'),
  commune('hanoi', '00166', 'Phường Cầu Giấy', '01'),
  commune('hanoi', '09552', 'Phường Hà Đông', '01'),
  commune('hanoi', '09886', 'Xã Hoài Đức', '01'),
  commune('hanoi', '09022', 'Xã Mê Linh', '01'),
  // Before 2025-07-01: two districts of the old centre and some of their wards.
  formerDistrict('hanoi', '001', 'Quận Ba Đình', '01', HANOI_FROM),
  formerDistrict('hanoi', '002', 'Quận Hoàn Kiếm', '01', HANOI_FROM),
  formerWard('hanoi', '00013', 'Phường Quán Thánh', '001', HANOI_FROM, ['00004']),
  formerWard('hanoi', '00019', 'Phường Điện Biên', '001', HANOI_FROM, ['00004']),
  formerWard('hanoi', '00061', 'Phường Hàng Bạc', '002', HANOI_FROM, ['00070']),
  formerWard('hanoi', '00064', 'Phường Hàng Gai', '002', HANOI_FROM, ['00070']),
  // Split between the new phường Hoàn Kiếm and phường Ba Đình (which part is larger: [?]).
  formerWard('hanoi', '00055', 'Phường Cửa Đông', '002', HANOI_FROM, ['00070', '00004']),

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
    successorCodes: [],
  },
  commune('hcmc', '26740', 'Phường Sài Gòn', '79'),
  commune('hcmc', '26743', 'Phường Bến Thành', '79'),
  commune('hcmc', '25747', 'Phường Thủ Dầu Một', '79', 'binh-duong'),
  // Reuses the code of the former phường Phú Lợi (assumed, not checked).
  commune('hcmc', '25744', 'Phường Phú Lợi', '79', 'binh-duong'),
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
    validTo: LAST_DAY_BEFORE_TWO_TIER,
    successorCode: '79',
    successorCodes: ['79'],
  },
  formerDistrict('hcmc', '718', 'Thành phố Thủ Dầu Một', '74', HISTORY_FROM, 'binh-duong'),
  formerDistrict('hcmc', '724', 'Thành phố Dĩ An', '74', HISTORY_FROM, 'binh-duong'),
  // The new phường Thủ Dầu Một (25747, the code of the former phường Phú Cường) took all of Phú
  // Cường, Phú Thọ and Chánh Nghĩa and parts of Hiệp Thành and Chánh Mỹ (Resolution 1685).
  formerWard('hcmc', '25756', 'Phường Chánh Nghĩa', '718', HISTORY_FROM, ['25747'], 'binh-duong'),
  formerWard('hcmc', '25753', 'Phường Phú Thọ', '718', HISTORY_FROM, ['25747'], 'binh-duong'),
  formerWard(
    'hcmc',
    '25741',
    'Phường Hiệp Thành',
    '718',
    HISTORY_FROM,
    ['25747', '25744'],
    'binh-duong',
  ),
  // Code of the former phường An Bình not checked.
  formerWard('hcmc', '25960', 'Phường An Bình', '724', HISTORY_FROM, ['25942'], 'binh-duong'),

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
    successorCodes: [],
  },
  commune('quang-ninh', '06700', 'Phường Hạ Long', '22'),
  commune('quang-ninh', '06676', 'Phường Bãi Cháy', '22'),
  commune('quang-ninh', '06715', 'Phường Móng Cái 1', '22'),
  commune('quang-ninh', '06793', 'Phường Cẩm Phả', '22'),
  commune('quang-ninh', '06832', 'Phường Uông Bí', '22'),
  // A special zone (đặc khu) is a commune-level unit under the two-tier model.
  commune('quang-ninh', '07192', 'Đặc khu Vân Đồn', '22'),
];
