import { ConfigError } from '@motcua/platform';
import { loadNotificationConfig } from './notification.config';

describe(loadNotificationConfig.name, () => {
  it('applies the defaults and disables both channels when nothing is set', () => {
    const config = loadNotificationConfig({});
    expect(config).toMatchObject({
      HTTP_PORT: 3105,
      NOTIFY_RETRY_BASE_MS: 2000,
      NOTIFY_MAX_ATTEMPTS: 15,
      NOTIFY_DEFAULT_LOCALE: 'vi',
    });
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.SMS_GATEWAY_URL).toBeUndefined();
  });

  it('treats an empty URL as not configured', () => {
    expect(loadNotificationConfig({ SMTP_URL: '', SMS_GATEWAY_URL: ' ' }).SMTP_URL).toBeUndefined();
  });

  it('accepts channel URLs and retry settings when they parse', () => {
    const config = loadNotificationConfig({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      SMS_GATEWAY_URL: 'https://sms.example.vn/send',
      NOTIFY_RETRY_BASE_MS: '50',
    });
    expect(config).toMatchObject({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      SMS_GATEWAY_URL: 'https://sms.example.vn/send',
      NOTIFY_RETRY_BASE_MS: 50,
    });
  });

  it('lists every bad variable in one error when several are wrong', () => {
    let error: unknown;
    try {
      loadNotificationConfig({
        SMTP_URL: 'http://mail',
        SMS_GATEWAY_URL: 'not a url',
        NOTIFY_MAX_ATTEMPTS: '0',
        MAIL_FROM: 'nobody',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(names).toEqual(
      expect.arrayContaining(['SMTP_URL', 'SMS_GATEWAY_URL', 'NOTIFY_MAX_ATTEMPTS', 'MAIL_FROM']),
    );
  });
});
