import { describe, expect, it } from 'vitest';
import { checkSupport, type BrowserFacts } from './support.ts';

const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const safari = (v: string) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`;
const iphone = (os: string) =>
  `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${os.replace('_', '.')} Mobile/15E148 Safari/604.1`;

const good: BrowserFacts = { crossOriginIsolated: true, hasSharedArrayBuffer: true, userAgent: chrome, platform: 'Linux x86_64', maxTouchPoints: 0 };

describe('checkSupport', () => {
  it('accepts an isolated Chrome or Firefox, without asking', () => {
    expect(checkSupport(good)).toEqual({ ok: true, needsConsent: false });
    expect(checkSupport({ ...good, userAgent: firefox })).toEqual({ ok: true, needsConsent: false });
    expect(checkSupport({ ...good, userAgent: safari('17.2'), platform: 'MacIntel' })).toEqual({ ok: true, needsConsent: false });
  });

  it('says the page is not cross-origin isolated, and how to fix it', () => {
    const result = checkSupport({ ...good, crossOriginIsolated: false, hasSharedArrayBuffer: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe('not-isolated');
    expect(result.problem.message).toContain('Cross-Origin-Embedder-Policy: require-corp');
    expect(result.problem.message).toContain('npm start');
  });

  it('says when SharedArrayBuffer is missing', () => {
    const result = checkSupport({ ...good, hasSharedArrayBuffer: false });
    expect(!result.ok && result.problem.code).toBe('no-shared-array-buffer');
  });

  it('refuses Safari and iOS before 16.4, naming the version', () => {
    const old = checkSupport({ ...good, userAgent: safari('16.3'), platform: 'MacIntel' });
    expect(!old.ok && old.problem.short).toBe('Safari 16.3 is not supported');
    const phone = checkSupport({ ...good, userAgent: iphone('15_7'), platform: 'iPhone', maxTouchPoints: 5 });
    expect(!phone.ok && phone.problem.code).toBe('unsupported-browser');
  });

  it('asks first on iPhone and on iPad (which calls itself MacIntel)', () => {
    expect(checkSupport({ ...good, userAgent: iphone('17_1'), platform: 'iPhone', maxTouchPoints: 5 })).toEqual({ ok: true, needsConsent: true });
    expect(checkSupport({ ...good, userAgent: safari('17.1'), platform: 'MacIntel', maxTouchPoints: 5 })).toEqual({ ok: true, needsConsent: true });
  });
});
