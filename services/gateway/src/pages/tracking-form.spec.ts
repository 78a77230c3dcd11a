import { FORM_MESSAGES, trackingFormOf } from './tracking-form';

const CODE = '000.00.53.H48-220921-0099';

describe(trackingFormOf.name, () => {
  it('takes a dossier code (any case, trimmed) and a phone number, normalised', () => {
    expect(trackingFormOf({ code: ` ${CODE.toLowerCase()} `, phone: '+84 912 345 678' })).toEqual({
      ok: true,
      query: { code: CODE, phone: '0912345678' },
    });
  });

  it.each([
    [{}, FORM_MESSAGES.missing],
    [{ code: CODE, phone: '' }, FORM_MESSAGES.missing],
    [{ code: ['a', 'b'], phone: '0912345678' }, FORM_MESSAGES.missing],
    [{ code: 'HS-123', phone: '0912345678' }, FORM_MESSAGES.badCode],
    [{ code: CODE, phone: '12345' }, FORM_MESSAGES.badPhone],
  ])('refuses %j before any lookup', (body, message) => {
    expect(trackingFormOf(body)).toMatchObject({ ok: false, message });
  });

  it('gives the typed code back for the form, capped, and never the phone', () => {
    const result = trackingFormOf({ code: 'x'.repeat(500), phone: '0912345678' });
    expect(result).toEqual({ ok: false, code: 'X'.repeat(100), message: FORM_MESSAGES.badCode });
  });

  it('reads a body that is not an object as empty', () => {
    expect(trackingFormOf(null)).toMatchObject({ ok: false, message: FORM_MESSAGES.missing });
  });
});
