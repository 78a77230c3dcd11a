import { composeMessage } from './message-composer';
import { LOCALES, MESSAGE_TEMPLATES, TEMPLATE_IDS, TEMPLATE_VARIABLES } from './message-templates';

const received = {
  fullName: 'Nguyễn Văn A',
  code: '000.00.00.H26-260105-0001',
  procedureName: 'Đăng ký khai sinh',
  receivedAt: '05/01/2026 10:00',
  dueAt: '06/01/2026 10:00',
};
const routed = {
  fullName: 'Nguyễn Văn A',
  code: '000.00.00.H26-260105-0001',
  procedureName: 'Đăng ký khai sinh',
  agencyName: 'UBND phường Ba Đình',
  dueAt: '06/01/2026 10:00',
};

describe(composeMessage.name, () => {
  it('renders the Vietnamese received SMS with code, procedure and times', () => {
    expect(composeMessage('dossier-received', 'vi', 'SMS', received)).toEqual({
      subject: null,
      body: 'Hồ sơ 000.00.00.H26-260105-0001 (Đăng ký khai sinh) đã được tiếp nhận lúc 05/01/2026 10:00. Hẹn trả kết quả: 06/01/2026 10:00.',
    });
  });

  it('renders the Vietnamese routed SMS with the agency name', () => {
    expect(composeMessage('dossier-routed', 'vi', 'SMS', routed).body).toBe(
      'Hồ sơ 000.00.00.H26-260105-0001 đã được chuyển đến UBND phường Ba Đình để giải quyết.',
    );
  });

  it('renders an e-mail with subject and body when the channel is EMAIL', () => {
    const mail = composeMessage('dossier-received', 'en', 'EMAIL', received);
    expect(mail.subject).toBe('Dossier 000.00.00.H26-260105-0001 received');
    expect(mail.body).toContain('Dear Nguyễn Văn A,');
    expect(mail.body).toContain('Result due: 06/01/2026 10:00.');
  });

  it('fails when the event lacks a variable its template needs', () => {
    expect(() => composeMessage('dossier-routed', 'vi', 'SMS', received)).toThrow('{agencyName}');
  });

  it('has every template in every locale rendering with exactly its declared variables', () => {
    for (const id of TEMPLATE_IDS) {
      const variables = Object.fromEntries(TEMPLATE_VARIABLES[id].map((v) => [v, `<${v}>`]));
      for (const locale of LOCALES) {
        expect(MESSAGE_TEMPLATES[id][locale]).toBeDefined();
        for (const channel of ['SMS', 'EMAIL'] as const) {
          const message = composeMessage(id, locale, channel, variables);
          expect(message.body).not.toMatch(/[{}]/);
          expect(message.subject ?? '').not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('renders the English supplement request SMS with the missing components', () => {
    expect(
      composeMessage('dossier-supplement-requested', 'en', 'SMS', {
        ...received,
        missingComponents: 'Tờ khai; Bản sao CCCD',
        requestedAt: '07/01/2026 09:00',
      }).body,
    ).toBe(
      'Dossier 000.00.00.H26-260105-0001 needs a supplement: Tờ khai; Bản sao CCCD. Please provide it to continue.',
    );
  });
});
