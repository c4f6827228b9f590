import { describe, expect, it } from 'vitest';
import { TOKEN_PLACEHOLDER } from '../runtime/local/local-protocol.ts';
import { createToken, injectToken, tokensEqual } from './token.ts';

describe('token', () => {
  it('is 32 random bytes in base64url, different each time', () => {
    const a = createToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createToken()).not.toBe(a);
  });

  it('replaces every placeholder in a page', () => {
    const html = `<meta name="course-runner-token" content="${TOKEN_PLACEHOLDER}"><script>"${TOKEN_PLACEHOLDER}"</script>`;
    expect(injectToken(html, 'abc')).toBe('<meta name="course-runner-token" content="abc"><script>"abc"</script>');
    expect(injectToken('<p>no token</p>', 'abc')).toBe('<p>no token</p>');
  });

  it('compares tokens exactly', () => {
    const token = createToken();
    expect(tokensEqual(token, token)).toBe(true);
    expect(tokensEqual(`${token}x`, token)).toBe(false);
    expect(tokensEqual(token.slice(1), token)).toBe(false);
    expect(tokensEqual('', token)).toBe(false);
    expect(tokensEqual(undefined, token)).toBe(false);
  });
});
