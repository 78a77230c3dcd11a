import type { BoundaryFreeScope, Procedure, ProcedureLevel } from '@motcua/contracts';

/**
 * Demo procedure catalog: the same 19 national procedures in every tenant, version 1, valid from
 * the two-tier reorganization (2025-07-01), with tenant-specific fees where provinces differ.
 *
 * Procedure codes (national database of administrative procedures, `N.NNNNNN`):
 *   Seen with the same name in several independent public datasets built from the national
 *   portal (fairly reliable, still not checked against the portal itself):
 *     1.001193 đăng ký khai sinh · 1.000894 đăng ký kết hôn · 1.000656 đăng ký khai tử ·
 *     1.004873 xác nhận tình trạng hôn nhân · 2.000635 bản sao trích lục hộ tịch ·
 *     1.004859 thay đổi, cải chính, bổ sung thông tin hộ tịch · 2.000815 chứng thực bản sao ·
 *     2.000884 chứng thực chữ ký · 1.001612 đăng ký thành lập hộ kinh doanh ·
 *     1.013225 cấp mới giấy phép xây dựng (commune level, incl. nhà ở riêng lẻ) ·
 *     1.013978 đăng ký đất đai lần đầu (hộ gia đình, cá nhân) · 1.001776 trợ cấp xã hội hằng tháng ·
 *     2.001610 đăng ký thành lập doanh nghiệp tư nhân (one source only)
 *   UNVERIFIED codes (plausible shape, picked for the demo; replace from the national database):
 *     2.000488 cấp Phiếu lý lịch tư pháp · 2.001227 giấy chứng nhận cơ sở đủ điều kiện an toàn
 *     thực phẩm (Y tế) · 2.000633 giấy phép bán buôn sản phẩm rượu · 1.010727 giấy phép môi
 *     trường (cấp tỉnh) · 1.005092 cấp bản sao văn bằng, chứng chỉ từ sổ gốc ·
 *     1.009974 giấy phép xây dựng công trình (cấp tỉnh)
 *
 * Field codes (`G09-TP01`...) are a demo convention in the national `Gnn-XXnn` shape, NOT the
 * official field codes. Durations are working days; fees are indicative (provincial councils set
 * many of them) — see the notes on each entry.
 *
 * [?] Judicial record certificates: public sources indicate that since 1 Jul 2025 they are issued
 * by the provincial police (Công an cấp tỉnh), no longer by Sở Tư pháp. The demo keeps Sở Tư pháp
 * as the competent agency (routing seed) until the lead decides.
 */

interface ProcedureTemplate {
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  level: ProcedureLevel;
  durationDays: number;
  fees: Procedure['fees'];
  boundaryFreeScope: BoundaryFreeScope;
}

const FIELD = {
  civilStatus: ['G09-TP01', 'Hộ tịch'],
  certification: ['G09-TP02', 'Chứng thực'],
  judicialRecord: ['G09-TP03', 'Lý lịch tư pháp'],
  enterprise: ['G09-TC01', 'Thành lập và hoạt động doanh nghiệp'],
  householdBusiness: ['G09-TC02', 'Thành lập và hoạt động của hộ kinh doanh'],
  construction: ['G09-XD01', 'Hoạt động xây dựng'],
  land: ['G09-NM01', 'Đất đai'],
  environment: ['G09-NM02', 'Môi trường'],
  foodSafety: ['G09-YT01', 'An toàn thực phẩm'],
  socialProtection: ['G09-YT02', 'Bảo trợ xã hội'],
  diplomas: ['G09-GD01', 'Văn bằng, chứng chỉ'],
  domesticTrade: ['G09-CT01', 'Lưu thông hàng hóa trong nước'],
} as const satisfies Record<string, readonly [string, string]>;

function field(f: readonly [string, string]): Pick<ProcedureTemplate, 'fieldCode' | 'fieldName'> {
  return { fieldCode: f[0], fieldName: f[1] };
}

const T = {
  // ---------------- commune level ----------------
  birth: {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    ...field(FIELD.civilStatus),
    level: 'COMMUNE',
    durationDays: 1,
    fees: [{ description: 'Lệ phí đăng ký khai sinh đúng hạn: miễn', amountVnd: 0 }],
    boundaryFreeScope: 'PROVINCE',
  },
  marriage: {
    // Same day by law; up to 5 working days when verification is needed.
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    ...field(FIELD.civilStatus),
    level: 'COMMUNE',
    durationDays: 1,
    fees: [{ description: 'Lệ phí đăng ký kết hôn (trong nước): miễn', amountVnd: 0 }],
    boundaryFreeScope: 'PROVINCE',
  },
  death: {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    ...field(FIELD.civilStatus),
    level: 'COMMUNE',
    durationDays: 1,
    fees: [{ description: 'Lệ phí đăng ký khai tử đúng hạn: miễn', amountVnd: 0 }],
    boundaryFreeScope: 'PROVINCE',
  },
  maritalStatus: {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    ...field(FIELD.civilStatus),
    level: 'COMMUNE',
    durationDays: 3,
    fees: [
      {
        description:
          'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân (mức HĐND tỉnh quy định; minh họa)',
        amountVnd: 3000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  civilExtract: {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    ...field(FIELD.civilStatus),
    level: 'COMMUNE',
    durationDays: 1,
    fees: [{ description: 'Phí cấp bản sao Trích lục hộ tịch (mỗi bản)', amountVnd: 8000 }],
    boundaryFreeScope: 'PROVINCE',
  },
  civilCorrection: {
    code: '1.004859',
    name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    ...field(FIELD.civilStatus),
    level: 'COMMUNE',
    durationDays: 3,
    fees: [
      {
        description:
          'Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch (mức HĐND tỉnh quy định; minh họa)',
        amountVnd: 15000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  certifiedCopy: {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    ...field(FIELD.certification),
    level: 'COMMUNE',
    durationDays: 1,
    fees: [
      {
        description:
          'Phí chứng thực bản sao: 2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang; tối đa 200.000 đồng/bản',
        amountVnd: 2000,
      },
    ],
    boundaryFreeScope: 'NATION',
  },
  certifiedSignature: {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    ...field(FIELD.certification),
    level: 'COMMUNE',
    durationDays: 1,
    fees: [{ description: 'Phí chứng thực chữ ký (mỗi trường hợp)', amountVnd: 10000 }],
    boundaryFreeScope: 'NATION',
  },
  householdBusiness: {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    ...field(FIELD.householdBusiness),
    level: 'COMMUNE',
    durationDays: 3,
    fees: [
      {
        description: 'Lệ phí đăng ký hộ kinh doanh (mức HĐND tỉnh quy định; minh họa)',
        amountVnd: 100000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  housePermit: {
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    ...field(FIELD.construction),
    level: 'COMMUNE',
    durationDays: 15,
    fees: [
      {
        description:
          'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ (mức HĐND tỉnh quy định; minh họa)',
        amountVnd: 75000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  landFirstRegistration: {
    // Tied to the parcel: received only by the unit where the land lies.
    code: '1.013978',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    ...field(FIELD.land),
    level: 'COMMUNE',
    durationDays: 20,
    fees: [
      {
        description:
          'Lệ phí cấp Giấy chứng nhận (có tài sản gắn liền với đất; mức HĐND tỉnh quy định; minh họa)',
        amountVnd: 100000,
      },
    ],
    boundaryFreeScope: 'NONE',
  },
  monthlySocialAllowance: {
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    ...field(FIELD.socialProtection),
    level: 'COMMUNE',
    durationDays: 10,
    fees: [],
    boundaryFreeScope: 'PROVINCE',
  },

  // ---------------- province level ----------------
  judicialRecord: {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    ...field(FIELD.judicialRecord),
    level: 'PROVINCE',
    durationDays: 10,
    fees: [
      { description: 'Phí cung cấp thông tin lý lịch tư pháp', amountVnd: 200000 },
      { description: 'Phiếu thứ 3 trở đi (mỗi Phiếu)', amountVnd: 5000 },
    ],
    boundaryFreeScope: 'NATION',
  },
  soleProprietorship: {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    ...field(FIELD.enterprise),
    level: 'PROVINCE',
    durationDays: 3,
    fees: [
      { description: 'Lệ phí đăng ký doanh nghiệp (miễn khi nộp trực tuyến)', amountVnd: 50000 },
      { description: 'Phí công bố nội dung đăng ký doanh nghiệp', amountVnd: 100000 },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  foodSafety: {
    code: '2.001227',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống',
    ...field(FIELD.foodSafety),
    level: 'PROVINCE',
    durationDays: 20,
    fees: [
      {
        description: 'Phí thẩm định cấp Giấy chứng nhận (cơ sở phục vụ dưới 200 suất ăn)',
        amountVnd: 700000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  liquorWholesale: {
    code: '2.000633',
    name: 'Cấp Giấy phép bán buôn sản phẩm rượu',
    ...field(FIELD.domesticTrade),
    level: 'PROVINCE',
    durationDays: 10,
    fees: [
      {
        description:
          'Phí thẩm định cấp giấy phép bán buôn rượu tại thành phố trực thuộc trung ương (mỗi điểm kinh doanh)',
        amountVnd: 2200000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
  environmentPermit: {
    // Fee set by each provincial council; left out of the demo.
    code: '1.010727',
    name: 'Cấp giấy phép môi trường (cấp tỉnh)',
    ...field(FIELD.environment),
    level: 'PROVINCE',
    durationDays: 30,
    fees: [],
    boundaryFreeScope: 'PROVINCE',
  },
  diplomaCopy: {
    code: '1.005092',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    ...field(FIELD.diplomas),
    level: 'PROVINCE',
    durationDays: 1,
    fees: [],
    boundaryFreeScope: 'PROVINCE',
  },
  buildingPermit: {
    code: '1.009974',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến)',
    ...field(FIELD.construction),
    level: 'PROVINCE',
    durationDays: 20,
    fees: [
      {
        description: 'Lệ phí cấp giấy phép xây dựng công trình (mức HĐND tỉnh quy định; minh họa)',
        amountVnd: 150000,
      },
    ],
    boundaryFreeScope: 'PROVINCE',
  },
} satisfies Record<string, ProcedureTemplate>;

type TemplateKey = keyof typeof T;
const VALID_FROM = '2025-07-01';

function forTenant(
  tenant: string,
  overrides: Partial<Record<TemplateKey, Partial<ProcedureTemplate>>> = {},
): DemoProcedureSeed[] {
  return (Object.keys(T) as TemplateKey[]).map((key): DemoProcedureSeed => ({
    ...T[key],
    ...overrides[key],
    tenant,
    version: 1,
    validFrom: VALID_FROM,
    validTo: null,
  }));
}

/** The first version's demo procedures, per tenant (tenant-specific fees); the dataset in data/ extends them. */
export interface DemoProcedureSeed extends ProcedureTemplate {
  tenant: string;
  version: number;
  validFrom: string;
  validTo: string | null;
}

export const DEMO_PROCEDURES: DemoProcedureSeed[] = [
  ...forTenant('hanoi'),
  ...forTenant('hcmc'),
  ...forTenant('quang-ninh', {
    // Outside centrally-run cities the liquor wholesale appraisal fee is lower (Circular 168/2016, indicative).
    liquorWholesale: {
      fees: [
        {
          description:
            'Phí thẩm định cấp giấy phép bán buôn rượu tại khu vực khác (mỗi điểm kinh doanh)',
          amountVnd: 1100000,
        },
      ],
    },
    housePermit: {
      fees: [
        {
          description:
            'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ (mức HĐND tỉnh quy định; minh họa)',
          amountVnd: 50000,
        },
      ],
    },
  }),
];
