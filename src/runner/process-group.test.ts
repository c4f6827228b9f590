import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { countGroupMembers, isGroupAlive, killGroupAndWait, listGroupMembers, parseProcStat, watchGroup } from './process-group.ts';
import { waitFor } from '../../test-support/run-helpers.ts';

describe('parseProcStat', () => {
  it('reads state and process group after the last parenthesis', () => {
    expect(parseProcStat('4242 (node (a) b) S 1 4240 4240 0 -1 4194560 0 0')).toEqual({ pid: 4242, ppid: 1, pgid: 4240, state: 'S' });
    expect(parseProcStat('garbage')).toBeNull();
  });
});

describe.runIf(process.platform === 'linux')('process groups (real processes)', () => {
  it('counts live members, kills the whole group and sees it gone', { timeout: 30_000 }, async () => {
    // A shell leading its own group, with two background children.
    const leader = spawn('sh', ['-c', 'sleep 60 & sleep 60 & wait'], { detached: true, stdio: 'ignore' });
    const pgid = leader.pid ?? 0;
    expect(await waitFor(() => (listGroupMembers(pgid)?.length ?? 0) === 3)).toBe(true);
    expect(countGroupMembers(new Set([pgid, 999_999_999]))?.get(pgid)).toBe(3);
    const seen: number[] = [];
    const unwatch = watchGroup(pgid, (count) => seen.push(count));
    expect(await waitFor(() => seen.length > 0)).toBe(true);
    unwatch();
    expect(seen[0]).toBe(3);
    expect(await killGroupAndWait(pgid)).toBe(true);
    expect(isGroupAlive(pgid)).toBe(false);
    expect(listGroupMembers(pgid)).toEqual([]);
  });
});
