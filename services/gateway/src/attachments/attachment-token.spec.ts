import {
  signAttachmentToken,
  verifyAttachmentToken,
  type AttachmentClaims,
} from './attachment-token';

const KEY = 'k'.repeat(32);
const NOW = new Date('2026-01-09T03:00:00.000Z');
const CLAIMS: AttachmentClaims = {
  attachmentId: '0b7c3f3e-8d4a-4f55-9b7e-2a1d6c9e4f10',
  tenant: 'hanoi',
  action: 'upload',
  contentType: 'application/pdf',
  maxSize: 1024,
  exp: NOW.getTime() + 60_000,
};

describe('verifyAttachmentToken', () => {
  it('returns the claims when the token is genuine, unexpired and of the action', () => {
    const token = signAttachmentToken(CLAIMS, KEY);
    expect(verifyAttachmentToken(token, KEY, 'upload', NOW)).toEqual(CLAIMS);
  });

  it('returns undefined when the token is expired, of another action, key or tampered with', () => {
    const token = signAttachmentToken(CLAIMS, KEY);
    expect(verifyAttachmentToken(token, KEY, 'upload', new Date(CLAIMS.exp))).toBeUndefined();
    expect(verifyAttachmentToken(token, KEY, 'download', NOW)).toBeUndefined();
    expect(verifyAttachmentToken(token, 'x'.repeat(32), 'upload', NOW)).toBeUndefined();
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...CLAIMS, maxSize: 10 ** 9 })).toString(
      'base64url',
    );
    expect(verifyAttachmentToken(`${forged}.${signature}`, KEY, 'upload', NOW)).toBeUndefined();
    expect(verifyAttachmentToken('garbage', KEY, 'upload', NOW)).toBeUndefined();
  });
});
