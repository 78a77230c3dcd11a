import type { Agency } from '@motcua/contracts';

/**
 * Demo agencies with electronic agency codes in the shape of QCVN 102:2016
 * (`V1V2V3.Z1Z2.Y1Y2.MX1X2`, zeros meaning "this level itself"):
 *
 * | code                | what                                                            |
 * |---------------------|-----------------------------------------------------------------|
 * | `000.00.00.Hxx`     | the provincial People's Committee (level 1) [C for H49]         |
 * | `000.00.0N.Hxx`     | departments (level 2; same demo ordinal in every tenant)        |
 * | `000.00.30.Hxx`     | the provincial Public Administration Service Center (level 2)   |
 * | `000.00.10.Hxx`     | the province's tax office (Thuế tỉnh/thành phố, Ministry of Finance) |
 * | `000.A0.NN.Hxx`     | commune People's Committees (NN = demo ordinal of the commune)  |
 *
 * Only the province-committee codes are real (see DOMAIN §1). The lower-level codes are a demo
 * convention of the right shape: a province with more than ~90 level-2 agencies (HCMC has 168
 * communes) needs letters in the lower levels, as in `000.A0.01.H26`.
 *
 * Departments are the post-1 Mar 2025 ones: business registration belongs to Sở Tài chính (the
 * former Sở Kế hoạch và Đầu tư was merged into Finance); land and environment to Sở Nông nghiệp
 * và Môi trường; social protection to Sở Y tế.
 *
 * unitCode is null except for the province committee (the province unit) and commune committees.
 *
 * jurisdiction: the province unit for provincial agencies, the commune for commune committees (a
 * unit covers the units below it). fieldCodes: the fields of the demo procedure dataset
 * (seed/data/procedures.json) each agency decides in: at province level per department (Sở Nội
 * vụ holds labour and employment since 1 Mar 2025), at commune level the commune-level fields.
 * The provincial service center receives dossiers but decides none. Neither does the tax office
 * (a branch of the Ministry of Finance's tax department since 1 Jul 2025 [?]): it takes part in
 * inter-agency chains (land → tax → land registry) to set the applicant's financial obligations.
 */

interface TenantAgencyFrame {
  tenant: string;
  /** `H26`, `H29`, `H49`. */
  suffix: string;
  provinceUnit: string;
  provinceName: string;
  /** How a department's name ends: "thành phố Hà Nội", "tỉnh Quảng Ninh". */
  ofProvince: string;
}

const DEPARTMENTS: ReadonlyArray<
  readonly [ordinal: string, name: string, fieldCodes: readonly string[]]
> = [
  ['01', 'Sở Tư pháp', ['G09-TP03', 'G09-TP05']],
  ['02', 'Sở Tài chính', ['G09-TC01']],
  ['03', 'Sở Xây dựng', ['G09-XD01', 'G09-XD02']],
  ['04', 'Sở Nông nghiệp và Môi trường', ['G09-NM01', 'G09-NM02']],
  ['05', 'Sở Y tế', ['G09-YT01', 'G09-YT03']],
  ['06', 'Sở Giáo dục và Đào tạo', ['G09-GD01']],
  ['07', 'Sở Công Thương', ['G09-CT01']],
  // 08 is the Quang Ninh economic zone board below.
  ['09', 'Sở Nội vụ', ['G09-NV01']],
];
/** Decided by the provincial People's Committee itself in the dataset. */
const PROVINCE_COMMITTEE_FIELDS = ['G09-NM02', 'G09-NV01'];
/** Commune-level fields of the dataset, decided by the commune People's Committee. */
const COMMUNE_FIELDS = [
  'G09-TP01',
  'G09-TP02',
  'G09-TP04',
  'G09-NM01',
  'G09-NV02',
  'G09-TC02',
  'G09-XD01',
  'G09-YT02',
  'G09-GD02',
  'G09-CT02',
];

function provinceAgencies(f: TenantAgencyFrame): Agency[] {
  return [
    {
      code: `000.00.00.${f.suffix}`,
      tenant: f.tenant,
      name: `Ủy ban nhân dân ${f.provinceName}`,
      kind: 'PROVINCE_COMMITTEE',
      unitCode: f.provinceUnit,
      level: 'PROVINCE',
      jurisdiction: [f.provinceUnit],
      fieldCodes: [...PROVINCE_COMMITTEE_FIELDS],
    },
    ...DEPARTMENTS.map(([ordinal, name, fieldCodes]): Agency => ({
      code: `000.00.${ordinal}.${f.suffix}`,
      tenant: f.tenant,
      name: `${name} ${f.ofProvince}`,
      kind: 'DEPARTMENT',
      unitCode: null,
      level: 'PROVINCE',
      jurisdiction: [f.provinceUnit],
      fieldCodes: [...fieldCodes],
    })),
    {
      code: `000.00.10.${f.suffix}`,
      tenant: f.tenant,
      name: `Thuế ${f.ofProvince}`,
      kind: 'CENTRAL',
      unitCode: null,
      level: 'PROVINCE',
      jurisdiction: [f.provinceUnit],
      fieldCodes: [],
    },
    {
      code: `000.00.30.${f.suffix}`,
      tenant: f.tenant,
      name: `Trung tâm Phục vụ hành chính công ${f.ofProvince}`,
      kind: 'SERVICE_CENTER',
      unitCode: null,
      level: 'PROVINCE',
      jurisdiction: [f.provinceUnit],
      fieldCodes: [],
    },
  ];
}

function communeCommittee(
  tenant: string,
  suffix: string,
  ordinal: string,
  unitCode: string,
  unitName: string,
): Agency {
  return {
    code: `000.A0.${ordinal}.${suffix}`,
    tenant,
    name: `Ủy ban nhân dân ${unitName}`,
    kind: 'COMMUNE_COMMITTEE',
    unitCode,
    level: 'COMMUNE',
    jurisdiction: [unitCode],
    fieldCodes: [...COMMUNE_FIELDS],
  };
}

export const DEMO_AGENCIES: Agency[] = [
  // ---- Hanoi ----
  ...provinceAgencies({
    tenant: 'hanoi',
    suffix: 'H26',
    provinceUnit: '01',
    provinceName: 'thành phố Hà Nội',
    ofProvince: 'thành phố Hà Nội',
  }),
  communeCommittee('hanoi', 'H26', '01', '00004', 'phường Ba Đình'),
  communeCommittee('hanoi', 'H26', '02', '00070', 'phường Hoàn Kiếm'),
  communeCommittee('hanoi', 'H26', '03', '00166', 'phường Cầu Giấy'),
  communeCommittee('hanoi', 'H26', '04', '09552', 'phường Hà Đông'),
  communeCommittee('hanoi', 'H26', '05', '09886', 'xã Hoài Đức'),
  communeCommittee('hanoi', 'H26', '06', '09022', 'xã Mê Linh'),

  // ---- Ho Chi Minh City ----
  ...provinceAgencies({
    tenant: 'hcmc',
    suffix: 'H29',
    provinceUnit: '79',
    provinceName: 'Thành phố Hồ Chí Minh',
    ofProvince: 'Thành phố Hồ Chí Minh',
  }),
  communeCommittee('hcmc', 'H29', '01', '26740', 'phường Sài Gòn'),
  communeCommittee('hcmc', 'H29', '02', '26743', 'phường Bến Thành'),
  communeCommittee('hcmc', 'H29', '03', '25747', 'phường Thủ Dầu Một'),
  communeCommittee('hcmc', 'H29', '04', '25942', 'phường Dĩ An'),
  communeCommittee('hcmc', 'H29', '05', '26506', 'phường Vũng Tàu'),
  communeCommittee('hcmc', 'H29', '06', '25744', 'phường Phú Lợi'),

  // ---- Quang Ninh ----
  ...provinceAgencies({
    tenant: 'quang-ninh',
    suffix: 'H49',
    provinceUnit: '22',
    provinceName: 'tỉnh Quảng Ninh',
    ofProvince: 'tỉnh Quảng Ninh',
  }),
  // Not a department but a provincial agency of the same rank: it issues construction permits
  // inside the economic zones (used by a jurisdiction-specific routing rule for Van Don).
  {
    code: '000.00.08.H49',
    tenant: 'quang-ninh',
    name: 'Ban Quản lý Khu kinh tế tỉnh Quảng Ninh',
    kind: 'DEPARTMENT',
    unitCode: null,
    level: 'PROVINCE',
    // The Van Don economic zone and the Mong Cai border-gate economic zone.
    jurisdiction: ['07192', '06715'],
    fieldCodes: ['G09-XD01'],
  },
  communeCommittee('quang-ninh', 'H49', '01', '06700', 'phường Hạ Long'),
  communeCommittee('quang-ninh', 'H49', '02', '06676', 'phường Bãi Cháy'),
  communeCommittee('quang-ninh', 'H49', '03', '06715', 'phường Móng Cái 1'),
  communeCommittee('quang-ninh', 'H49', '04', '06793', 'phường Cẩm Phả'),
  communeCommittee('quang-ninh', 'H49', '05', '06832', 'phường Uông Bí'),
  communeCommittee('quang-ninh', 'H49', '06', '07192', 'đặc khu Vân Đồn'),
];
