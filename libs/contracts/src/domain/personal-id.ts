/**
 * Vietnamese personal ID number: 12 digits `PPP G YY NNNNNN` (birth-registration province code,
 * century+sex digit, two-digit birth year, random). Legacy 9-digit identity card numbers exist.
 */
export const PROVINCE_ID_PREFIXES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

export type PersonalIdCheck =
  { valid: true; kind: 'CCCD' | 'LEGACY_CMND' } | { valid: false; reason: string };

export function checkPersonalId(id: string): PersonalIdCheck {
  if (/^\d{9}$/.test(id)) return { valid: true, kind: 'LEGACY_CMND' };
  if (!/^\d{12}$/.test(id))
    return { valid: false, reason: 'must be 12 digits (or a legacy 9-digit number)' };
  if (!(id.slice(0, 3) in PROVINCE_ID_PREFIXES))
    return { valid: false, reason: `unknown province code ${id.slice(0, 3)}` };
  // Gender/century digit: 0-9 cover 1900-2399 (even male, odd female); every digit is valid.
  return { valid: true, kind: 'CCCD' };
}

/** Masks all but the last 3 digits: logs and events never carry a full personal ID. */
export function maskPersonalId(id: string): string {
  return id.length <= 3 ? '***' : `${'*'.repeat(id.length - 3)}${id.slice(-3)}`;
}
