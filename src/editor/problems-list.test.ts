import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/index.ts';
import { summarise, type Problem } from './problems-list.ts';

const problem = (severity: Problem['severity']): Problem => ({ path: 'main.ts', line: 3, column: 7, message: "Cannot find name 'x'.", code: '2304', severity });

describe('the Problems summary, in the page’s language', () => {
  it('counts errors and warnings in English, with plurals', () => {
    const words = messagesFor('en').workspace;
    expect(summarise([], words)).toBe('No problems');
    expect(summarise([problem('error')], words)).toBe('Problems: 1 error');
    expect(summarise([problem('error'), problem('error'), problem('warning')], words)).toBe('Problems: 2 errors, 1 warning');
    expect(summarise([problem('warning'), problem('info')], words)).toBe('Problems: 2 warnings');
  });

  it('counts them in Chinese', () => {
    const words = messagesFor('zh-CN').workspace;
    expect(summarise([], words)).toBe('没有问题');
    expect(summarise([problem('error'), problem('error'), problem('warning')], words)).toBe('问题：2 个错误，1 个警告');
    expect(summarise([problem('warning')], words)).toBe('问题：1 个警告');
  });
});
