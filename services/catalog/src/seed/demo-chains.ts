import type { InterAgencyStep } from '@motcua/contracts';

/** First registration of land and the first certificate of land use rights (commune level). */
export const LAND_FIRST_REGISTRATION = '1.013978';

/**
 * The demo inter-agency chain of each tenant (DOMAIN §4: land → tax → land registry), on the
 * first land registration: the commune People's Committee routing chose checks the dossier and
 * the parcel, the province's tax office (`000.00.10.Hxx`, demo-agencies.ts) sets the financial
 * obligations, then the committee registers the land and issues the certificate. 10 + 5 + 5
 * working days make the procedure's 20.
 */
function landChain(suffix: string): InterAgencyStep[] {
  const days = (value: number) => ({ value, unit: 'WORKING_DAYS' as const });
  return [
    {
      title: 'Kiểm tra hồ sơ, xác minh hiện trạng thửa đất',
      agencyCode: null,
      duration: days(10),
    },
    {
      title: 'Xác định nghĩa vụ tài chính về đất đai',
      agencyCode: `000.00.10.${suffix}`,
      duration: days(5),
    },
    {
      title: 'Đăng ký vào sổ địa chính, cấp Giấy chứng nhận',
      agencyCode: null,
      duration: days(5),
    },
  ];
}

export const DEMO_CHAINS: Readonly<Record<string, Readonly<Record<string, InterAgencyStep[]>>>> = {
  hanoi: { [LAND_FIRST_REGISTRATION]: landChain('H26') },
  hcmc: { [LAND_FIRST_REGISTRATION]: landChain('H29') },
  'quang-ninh': { [LAND_FIRST_REGISTRATION]: landChain('H49') },
};
