/**
 * Can this page boot a WebContainer at all, and should it ask first? Decided before any boot, so the
 * learner hears why instead of waiting for a boot that cannot work. Pure: the facts come in.
 */
import { problems, type Problem } from './messages.ts';

export interface BrowserFacts {
  crossOriginIsolated: boolean;
  hasSharedArrayBuffer: boolean;
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
}

export type Support = { ok: true; needsConsent: boolean } | { ok: false; problem: Problem };

export function browserFacts(scope: typeof globalThis = globalThis): BrowserFacts {
  const nav = scope.navigator as Navigator | undefined;
  return {
    crossOriginIsolated: scope.crossOriginIsolated === true,
    hasSharedArrayBuffer: typeof scope.SharedArrayBuffer === 'function',
    userAgent: nav?.userAgent ?? '',
    platform: nav?.platform ?? '',
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
  };
}

/** iPhone, or an iPad (which says "MacIntel" but has a touch screen): a boot there can crash the tab. */
function isIOS(facts: Pick<BrowserFacts, 'userAgent' | 'platform' | 'maxTouchPoints'>): boolean {
  const { userAgent, platform, maxTouchPoints } = facts;
  return /iPhone|iPod/.test(userAgent) || platform === 'iPhone' || platform === 'iPad' || (platform === 'MacIntel' && maxTouchPoints > 1);
}

/** WebKit browsers older than 16.4 cannot run WebContainer (every browser on iOS is WebKit). */
function oldWebKit(facts: BrowserFacts): string | null {
  const ua = facts.userAgent;
  const tooOld = (major: number, minor: number) => major < 16 || (major === 16 && minor < 4);
  if (isIOS(facts)) {
    const os = /OS (\d+)_(\d+)/.exec(ua) ?? /Version\/(\d+)\.(\d+)/.exec(ua);
    if (os && tooOld(Number(os[1]), Number(os[2]))) return `iOS ${os[1]}.${os[2]}`;
    return null;
  }
  if (/Chrome\/|Chromium\/|Firefox\//.test(ua)) return null;
  const safari = /Version\/(\d+)\.(\d+)(?:\.\d+)? (?:Mobile\/\S+ )?Safari\//.exec(ua);
  if (safari && tooOld(Number(safari[1]), Number(safari[2]))) return `Safari ${safari[1]}.${safari[2]}`;
  return null;
}

export function checkSupport(facts: BrowserFacts): Support {
  const old = oldWebKit(facts);
  if (old) return { ok: false, problem: problems.unsupportedBrowser(old) };
  // Without isolation the browser hides SharedArrayBuffer, so this is the usual reason on a misconfigured host.
  if (!facts.crossOriginIsolated) return { ok: false, problem: problems.notIsolated() };
  if (!facts.hasSharedArrayBuffer) return { ok: false, problem: problems.noSharedArrayBuffer() };
  return { ok: true, needsConsent: isIOS(facts) };
}
