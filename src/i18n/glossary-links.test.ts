import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms } from './glossary-links.ts';

const term = (id: string, word: string) => ({ id, word, href: `/zh-cn/glossary/#${id}`, title: id });

describe('glossary links in lesson prose', () => {
  it('links the first occurrence of each term only, longest word first', () => {
    const html = '<p>工作线程不是线程池。每个线程……</p><p>线程</p>';
    const out = linkGlossaryTerms(html, [term('thread', '线程'), term('worker', '工作线程')], 'zh-CN');
    expect(out).toBe('<p><a class="glossary-link" href="/zh-cn/glossary/#worker" title="worker">工作线程</a>不是<a class="glossary-link" href="/zh-cn/glossary/#thread" title="thread">线程</a>池。每个线程……</p><p>线程</p>');
  });
  it('never links inside code, links, headings or attributes', () => {
    const html = '<h2>进程</h2><p title="进程"><code>进程</code> <a href="#">进程</a> <span>进程</span></p>';
    const out = linkGlossaryTerms(html, [term('process', '进程')], 'zh-CN');
    expect(out).toBe('<h2>进程</h2><p title="进程"><code>进程</code> <a href="#">进程</a> <span><a class="glossary-link" href="/zh-cn/glossary/#process" title="process">进程</a></span></p>');
  });
  it('matches English words whole, with a plural', () => {
    const out = linkGlossaryTerms('<p>Subprocessing aside, two processes run.</p>', [term('process', 'process')], 'en');
    expect(out).toContain('two <a class="glossary-link" href="/zh-cn/glossary/#process" title="process">processes</a> run');
  });
});

describe('Chinese lines wrapped in the Markdown source', () => {
  it('join without a space, except next to Latin words and code', async () => {
    const { joinChineseLines } = await import('./html-text.ts');
    expect(joinChineseLines('<p>它有自己的内存，\n也有自己的 pid。它重新\n加载模块，<code>fork()</code>\n启动\nNode.js 程序</p>')).toBe(
      '<p>它有自己的内存，也有自己的 pid。它重新加载模块，<code>fork()</code>\n启动\nNode.js 程序</p>',
    );
    expect(joinChineseLines('<pre><code>一\n二</code></pre>')).toBe('<pre><code>一\n二</code></pre>');
  });
});
