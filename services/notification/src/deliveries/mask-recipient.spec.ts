import { maskEmail, maskPhone, maskRecipient, redactRecipient } from './mask-recipient';

describe(maskPhone.name, () => {
  it('keeps only the first three and last two digits', () => {
    expect(maskPhone('0912345678')).toBe('091*****78');
  });

  it('masks everything when the number is very short', () => {
    expect(maskPhone('1234')).toBe('****');
  });
});

describe(maskEmail.name, () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('nguyen.van.a@example.vn')).toBe('n***@example.vn');
  });

  it('masks everything when the value is not an address', () => {
    expect(maskEmail('nope')).toBe('***');
  });
});

describe(redactRecipient.name, () => {
  it('replaces every occurrence of the recipient in a provider error', () => {
    expect(redactRecipient('550 <a.b@x.vn> rejected: a.b@x.vn unknown', 'EMAIL', 'a.b@x.vn')).toBe(
      '550 <a***@x.vn> rejected: a***@x.vn unknown',
    );
  });
});

describe(maskRecipient.name, () => {
  it('leaves a webhook endpoint id as it is (nothing personal)', () => {
    expect(maskRecipient('WEBHOOK', '6f1c2f0e-0000-4000-8000-000000000001')).toBe(
      '6f1c2f0e-0000-4000-8000-000000000001',
    );
    expect(maskRecipient('SMS', '0912345678')).toBe('091*****78');
  });
});
