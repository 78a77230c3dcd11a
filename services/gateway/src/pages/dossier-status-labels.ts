import type { DossierStatus, ReturnMethod } from '@motcua/contracts';

/** What a citizen reads for each status (the words of the one-stop counters). */
export const DOSSIER_STATUS_LABEL: Readonly<Record<DossierStatus, string>> = {
  REGISTERED: 'Đã đăng ký trực tuyến, chờ tiếp nhận',
  RECEIVED: 'Đã tiếp nhận',
  // A held dossier waits for a supervisor to route it: to the citizen it is simply received.
  ROUTING_HELD: 'Đã tiếp nhận',
  PROCESSING: 'Đang giải quyết',
  SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung hồ sơ',
  AWAITING_PAYMENT: 'Chờ nộp phí, lệ phí',
  REFUSED: 'Từ chối tiếp nhận',
  RESULT_READY: 'Đã có kết quả, chờ trả',
  RETURNED: 'Đã trả kết quả',
  WITHDRAWN: 'Đã rút hồ sơ',
  STOPPED: 'Dừng giải quyết',
};

export const RETURN_METHOD_LABEL: Readonly<Record<ReturnMethod, string>> = {
  BRANCH: 'Nhận trực tiếp tại bộ phận một cửa',
  POST: 'Qua dịch vụ bưu chính công ích',
  ELECTRONIC: 'Trực tuyến (bản điện tử)',
};
